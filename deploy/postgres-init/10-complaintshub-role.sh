#!/bin/sh
# Run by the postgres image once, when its data volume is still empty (files in /docker-entrypoint-initdb.d), as the
# superuser, after it has created the database POSTGRES_DB. Makes the role the app signs in with, `complaintshub`, a
# plain role (not a superuser) that owns that database. As owner it may create the search's extensions (pg_trgm,
# unaccent and btree_gin are trusted extensions, and the image ships them) and its tables; the migrations do both at
# the app's first start. Its password comes from COMPLAINTSHUB_DB_PASSWORD in the db service's environment.
#
# Changing COMPLAINTSHUB_DB_PASSWORD later does not change the role's password: this file never runs again on a volume
# that has data. Change it with ALTER ROLE complaintshub PASSWORD '…' (as postgres), then restart the app.
#
# No `set -u` or `exit`: the image sources this file, rather than running it, when it is not executable.
: "${COMPLAINTSHUB_DB_PASSWORD:?COMPLAINTSHUB_DB_PASSWORD is not set: it is the password the app signs in to PostgreSQL with}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     --set=app_password="$COMPLAINTSHUB_DB_PASSWORD" --set=database="$POSTGRES_DB" <<'SQL'
CREATE ROLE complaintshub LOGIN PASSWORD :'app_password';
ALTER DATABASE :"database" OWNER TO complaintshub;
SQL
