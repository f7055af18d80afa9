-- Who resolved an alert and what they did about it (POST .../alerts/{id}/resolve with a note).
-- Both stay null for alerts that resolved themselves (the check passed again, capacity freed).
alter table alert add column resolved_by varchar(300);
alter table alert add column resolution_note varchar(500);
