-- Comptoir database at schema revision 0001, with a few rows in every table.
-- Written by tools/schema_fixture.py: regenerate it rather than editing it.
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
CREATE TABLE appointments (
	id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	start_at DATETIME NOT NULL, 
	end_at DATETIME NOT NULL, 
	staff VARCHAR(100) NOT NULL, 
	kind VARCHAR(100) NOT NULL, 
	reason TEXT NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	source VARCHAR(20) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_appointments PRIMARY KEY (id), 
	CONSTRAINT fk_appointments_client_id_clients FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE
);
INSERT INTO "appointments" VALUES(1,1,'2026-01-22 10:00:00.000000','2026-01-22 10:30:00.000000','Dr Petit','Contrôle','','planned','user','2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000');
CREATE TABLE campaigns (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	template_id INTEGER, 
	filter_json TEXT NOT NULL, 
	scheduled_at DATETIME, 
	rate_per_minute INTEGER, 
	status VARCHAR(12) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_campaigns PRIMARY KEY (id), 
	CONSTRAINT fk_campaigns_template_id_templates FOREIGN KEY(template_id) REFERENCES templates (id) ON DELETE SET NULL
);
INSERT INTO "campaigns" VALUES(1,'Soldes',1,'{}',NULL,60,'draft','2026-01-15 10:00:00.000000');
CREATE TABLE client_tags (
	client_id INTEGER NOT NULL, 
	tag VARCHAR(50) NOT NULL, 
	CONSTRAINT pk_client_tags PRIMARY KEY (client_id, tag), 
	CONSTRAINT fk_client_tags_client_id_clients FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE
);
INSERT INTO "client_tags" VALUES(1,'lunettes');
INSERT INTO "client_tags" VALUES(1,'fidèle');
CREATE TABLE clients (
	id INTEGER NOT NULL, 
	civility VARCHAR(20) NOT NULL, 
	first_name VARCHAR(100) NOT NULL, 
	last_name VARCHAR(100) NOT NULL, 
	mobile VARCHAR(20), 
	other_phone VARCHAR(20), 
	email VARCHAR(254) NOT NULL, 
	address TEXT NOT NULL, 
	postal_code VARCHAR(10) NOT NULL, 
	city VARCHAR(100) NOT NULL, 
	birthday DATE, 
	notes TEXT NOT NULL, 
	language VARCHAR(5) NOT NULL, 
	region VARCHAR(3) NOT NULL, 
	subdiv VARCHAR(5), 
	promotional_consent VARCHAR(10) NOT NULL, 
	transactional_consent VARCHAR(10) NOT NULL, 
	number_status VARCHAR(12) NOT NULL, 
	search_key TEXT NOT NULL, 
	last_visit DATE, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_clients PRIMARY KEY (id), 
	CONSTRAINT uq_clients_mobile UNIQUE (mobile)
);
INSERT INTO "clients" VALUES(1,'Mme','Claire','Martin','+33612345678',NULL,'claire@example.fr','3 place Bellecour','75011','Paris','1985-04-23','Préfère le matin','fr','FR',NULL,'granted','unknown','ok','martin claire claire@example.fr paris +33612345678 0612345678','2026-01-10','2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000');
INSERT INTO "clients" VALUES(2,'M.','Jean','Dupont',NULL,'+33387000000','','','57000','Metz',NULL,'','fr','FR','57','unknown','unknown','ok','dupont jean metz',NULL,'2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000');
CREATE TABLE consent_events (
	id INTEGER NOT NULL, 
	client_id INTEGER, 
	number_hash VARCHAR(64), 
	purpose VARCHAR(20) NOT NULL, 
	state VARCHAR(10) NOT NULL, 
	source VARCHAR(20) NOT NULL, 
	wording TEXT NOT NULL, 
	recorded_by VARCHAR(100) NOT NULL, 
	reference VARCHAR(255) NOT NULL, 
	at DATETIME NOT NULL, 
	CONSTRAINT pk_consent_events PRIMARY KEY (id), 
	CONSTRAINT fk_consent_events_client_id_clients FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE SET NULL
);
INSERT INTO "consent_events" VALUES(1,1,NULL,'promotional','granted','paper','Case cochée','Mme Martin','','2026-01-15 10:00:00.000000');
INSERT INTO "consent_events" VALUES(2,NULL,'0000000000000000000000000000000000000000000000000000000000000000','transactional','withdrawn','sms_reply','','','R7','2026-01-15 10:00:00.000000');
CREATE TABLE inbound_messages (
	id INTEGER NOT NULL, 
	account_id INTEGER, 
	provider_id VARCHAR(80) NOT NULL, 
	from_number VARCHAR(20) NOT NULL, 
	to_number VARCHAR(20) NOT NULL, 
	client_id INTEGER, 
	text TEXT NOT NULL, 
	received_at DATETIME NOT NULL, 
	interpretation VARCHAR(12) NOT NULL, 
	handled BOOLEAN NOT NULL, 
	assignee VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_inbound_messages PRIMARY KEY (id), 
	CONSTRAINT fk_inbound_messages_account_id_provider_accounts FOREIGN KEY(account_id) REFERENCES provider_accounts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_inbound_messages_client_id_clients FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE SET NULL, 
	CONSTRAINT uq_inbound_provider_id UNIQUE (account_id, provider_id)
);
INSERT INTO "inbound_messages" VALUES(1,1,'IN-1','+33612345678','',1,'Merci !','2026-01-15 10:00:00.000000','unknown',1,'','2026-01-15 10:00:00.000000');
CREATE TABLE message_events (
	id INTEGER NOT NULL, 
	message_id INTEGER NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	at DATETIME NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_message_events PRIMARY KEY (id), 
	CONSTRAINT fk_message_events_message_id_messages FOREIGN KEY(message_id) REFERENCES messages (id) ON DELETE CASCADE
);
INSERT INTO "message_events" VALUES(1,1,'queued','2026-01-15 10:00:00.000000','');
INSERT INTO "message_events" VALUES(2,1,'delivered','2026-01-15 10:00:00.000000','');
CREATE TABLE messages (
	id INTEGER NOT NULL, 
	client_id INTEGER, 
	to_number VARCHAR(20) NOT NULL, 
	body TEXT NOT NULL, 
	encoding VARCHAR(8) NOT NULL, 
	segments INTEGER NOT NULL, 
	cost_cents INTEGER NOT NULL, 
	purpose VARCHAR(20) NOT NULL, 
	template_id INTEGER, 
	campaign_id INTEGER, 
	appointment_id INTEGER, 
	order_id INTEGER, 
	account_id INTEGER, 
	provider_message_id VARCHAR(80), 
	status VARCHAR(12) NOT NULL, 
	due_at DATETIME NOT NULL, 
	next_attempt_at DATETIME, 
	attempts INTEGER NOT NULL, 
	error_code VARCHAR(40), 
	error_detail TEXT NOT NULL, 
	idempotency_key VARCHAR(64) NOT NULL, 
	claimed_by VARCHAR(64), 
	claimed_at DATETIME, 
	sent_at DATETIME, 
	final_at DATETIME, 
	urgent BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_messages PRIMARY KEY (id), 
	CONSTRAINT fk_messages_account_id_provider_accounts FOREIGN KEY(account_id) REFERENCES provider_accounts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_messages_appointment_id_appointments FOREIGN KEY(appointment_id) REFERENCES appointments (id) ON DELETE SET NULL, 
	CONSTRAINT fk_messages_campaign_id_campaigns FOREIGN KEY(campaign_id) REFERENCES campaigns (id) ON DELETE SET NULL, 
	CONSTRAINT fk_messages_client_id_clients FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE SET NULL, 
	CONSTRAINT fk_messages_order_id_orders FOREIGN KEY(order_id) REFERENCES orders (id) ON DELETE SET NULL, 
	CONSTRAINT fk_messages_template_id_templates FOREIGN KEY(template_id) REFERENCES templates (id) ON DELETE SET NULL, 
	CONSTRAINT uq_messages_idempotency_key UNIQUE (idempotency_key)
);
INSERT INTO "messages" VALUES(1,1,'+33612345678','Bonjour Claire, vos lunettes sont prêtes.','UCS-2',1,7,'transactional',1,NULL,1,1,1,'SIM-1','delivered','2026-01-15 10:00:00.000000',NULL,1,NULL,'','kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk','desk:1','2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000',0,'2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000');
CREATE TABLE orders (
	id INTEGER NOT NULL, 
	client_id INTEGER NOT NULL, 
	label VARCHAR(200) NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	amount_cents INTEGER, 
	ready_at DATETIME, 
	collected_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_orders PRIMARY KEY (id), 
	CONSTRAINT fk_orders_client_id_clients FOREIGN KEY(client_id) REFERENCES clients (id) ON DELETE CASCADE
);
INSERT INTO "orders" VALUES(1,1,'Lunettes progressives','ready',42000,'2026-01-15 10:00:00.000000',NULL,'2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000');
CREATE TABLE provider_accounts (
	id INTEGER NOT NULL, 
	name VARCHAR(60) NOT NULL, 
	provider VARCHAR(20) NOT NULL, 
	sender VARCHAR(20) NOT NULL, 
	base_url VARCHAR(300), 
	options_json TEXT NOT NULL, 
	rate_per_second FLOAT NOT NULL, 
	price_cents_per_segment INTEGER NOT NULL, 
	is_default BOOLEAN NOT NULL, 
	is_fallback BOOLEAN NOT NULL, 
	inbound_cursor TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_provider_accounts PRIMARY KEY (id), 
	CONSTRAINT uq_provider_accounts_name UNIQUE (name)
);
INSERT INTO "provider_accounts" VALUES(1,'Simulateur','simulator','OPTMARTIN',NULL,'{}',5.0,7,1,0,NULL,'2026-01-15 10:00:00.000000');
CREATE TABLE settings (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);
INSERT INTO "settings" VALUES('settings','{"version": 1, "sender": "OPTMARTIN"}');
CREATE TABLE suppressions (
	number_hash VARCHAR(64) NOT NULL, 
	scope VARCHAR(20) NOT NULL, 
	source VARCHAR(20) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_suppressions PRIMARY KEY (number_hash, scope)
);
INSERT INTO "suppressions" VALUES('0000000000000000000000000000000000000000000000000000000000000000','all','sms_reply','2026-01-15 10:00:00.000000');
CREATE TABLE templates (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	purpose VARCHAR(20) NOT NULL, 
	sector VARCHAR(20) NOT NULL, 
	body TEXT NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_templates PRIMARY KEY (id), 
	CONSTRAINT uq_templates_name UNIQUE (name)
);
INSERT INTO "templates" VALUES(1,'Lunettes prêtes','transactional','optician','Bonjour {prenom}, vos lunettes sont prêtes.',1,'2026-01-15 10:00:00.000000','2026-01-15 10:00:00.000000');
CREATE INDEX ix_clients_name ON clients (last_name, first_name);
CREATE INDEX ix_appointments_client_id ON appointments (client_id);
CREATE INDEX ix_appointments_start_at ON appointments (start_at);
CREATE INDEX ix_client_tags_tag ON client_tags (tag);
CREATE INDEX ix_consent_events_client_id ON consent_events (client_id);
CREATE INDEX ix_inbound_messages_client_id ON inbound_messages (client_id);
CREATE INDEX ix_inbound_messages_from_number ON inbound_messages (from_number);
CREATE INDEX ix_orders_client_id ON orders (client_id);
CREATE INDEX ix_messages_campaign_id ON messages (campaign_id);
CREATE INDEX ix_messages_client_id ON messages (client_id);
CREATE INDEX ix_messages_provider_message_id ON messages (provider_message_id);
CREATE INDEX ix_messages_status_due ON messages (status, due_at);
CREATE INDEX ix_messages_status_next ON messages (status, next_attempt_at);
CREATE INDEX ix_message_events_message_id ON message_events (message_id);
COMMIT;
