; Comptoir for Windows: the installer a shop downloads (Inno Setup 6).
;
;   python installer\build.py --package      builds dist\Comptoir\, checks it, then runs this script
;   iscc /DAppVersion=0.1.0 installer\windows\comptoir.iss     (by hand, after the build; add
;       /DAppNumericVersion=1.2.0 when the version is not only digits, e.g. 1.2.0rc1)
;
; Per-user installation, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\Comptoir.
; The uninstaller removes the program and its shortcuts; the data (%APPDATA%\Comptoir: database, logs,
; backups) stays unless the user asks for it to be deleted. Signing: see installer\README.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z comptoir.iss (installer\build.py --package does)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#define AppName "Comptoir"
#define AppPublisher "Comptoir"
#define AppExeName "Comptoir.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the installation for updates and the uninstaller: never change it.
AppId={{ADEC0706-04AE-4D31-8192-1E3836A2122B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=© 2026 {#AppPublisher}
VersionInfoVersion={#AppNumericVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} — clients et SMS
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
; Per user, without administrator rights: {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile={#Root}\resources\icons\comptoir.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=Comptoir-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
; Close a running Comptoir (it holds its files open) before replacing or removing it.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DeleteData=Supprimer aussi vos données Comptoir ?%n%nLe dossier %1 contient votre fichier clients, vos messages et leurs sauvegardes.%n%nChoisissez « Non » pour les garder (recommandé) : une nouvelle installation de Comptoir les retrouvera.
english.DeleteData=Also delete your Comptoir data?%n%nThe folder %1 holds your client file, your messages and their backups.%n%nChoose "No" to keep them (recommended): a new installation of Comptoir will find them again.
french.DataKept=Vos données Comptoir sont conservées dans %1.
english.DataKept=Your Comptoir data is kept in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller bundle: Comptoir.exe (the window), comptoir-cli.exe (the commands) and _internal\.
#ifdef SignTool
; Signed (Authenticode) as they are compiled in: SmartScreen and antivirus software trust signed programs.
Source: "{#Root}\dist\Comptoir\*.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
Source: "{#Root}\dist\Comptoir\*"; Excludes: "\*.exe"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#else
Source: "{#Root}\dist\Comptoir\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#endif

[InstallDelete]
; An update replaces the bundle as a whole: files of the previous version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:LaunchProgram,{#AppName}}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder is the one the application chooses (platformdirs' roaming user data folder).
function DataFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\{#AppName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep <> usPostUninstall) or not DirExists(DataFolder()) then
    exit;
  // Silent uninstalls (updates, administrators' scripts) never delete data.
  if UninstallSilent() then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataFolder()]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(DataFolder(), True, True, True)
  else
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
