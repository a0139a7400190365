# ComplaintsHub in a container: built with the .NET SDK, run on the ASP.NET Core runtime with LibreOffice Writer for
# the letters' PDFs. Build from the repository root:
#
#     docker build -t complaintshub .
#
# The .NET 10 images are Ubuntu 24.04 ("noble"): Microsoft publishes no Debian images for .NET 10. The packages below
# have the same names there as on Debian.

# ---- Build ----------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build

# The build runs `npm ci` in wwwroot-assets (wwwroot-assets/assets.targets) to restore the chart library.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src

# Restore from the project files alone, so that a change to the code reuses this layer. The web project imports
# wwwroot-assets/assets.targets, so it must be there to be evaluated.
COPY Directory.Build.props Directory.Packages.props ./
COPY ComplaintsHub/ComplaintsHub.csproj ComplaintsHub/
COPY ComplaintsHub.Core/ComplaintsHub.Core.csproj ComplaintsHub.Core/
COPY wwwroot-assets/assets.targets wwwroot-assets/
RUN dotnet restore ComplaintsHub/ComplaintsHub.csproj

# The same for the npm packages: this fills npm's cache, so the `npm ci` the build runs again finds them there.
COPY wwwroot-assets/package.json wwwroot-assets/package-lock.json wwwroot-assets/
RUN cd wwwroot-assets && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

# Then the code. appsettings.Development.json is linked by the web project (the build copies it beside the binaries,
# so it must exist) but is never published.
COPY appsettings.Development.json ./
COPY wwwroot-assets/ wwwroot-assets/
COPY ComplaintsHub.Core/ ComplaintsHub.Core/
COPY ComplaintsHub/ ComplaintsHub/
RUN dotnet publish ComplaintsHub/ComplaintsHub.csproj -c Release -p:PublishProfile=FolderProfile

# ---- Run ------------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final

# LibreOffice Writer, headless, makes each issued letter's PDF: the app does not start without it. Liberation fonts
# match Arial's metrics, so the PDF's pages break where Word's do; DejaVu covers the characters Liberation lacks.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        libreoffice-writer-nogui fonts-liberation fonts-dejavu-core fontconfig \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /src/ComplaintsHub/bin/publish/ ./

# The app's files stay root's, read-only to the app. It writes only to:
#   /tmp                 uploads being checked, and LibreOffice's profile and work folders
#   /home/app            LibreOffice's and fontconfig's per-user files (the image's non-root user `app`, UID 1654)
#   /app/App_Data        the SQLite file, only with Database__Provider=Sqlite: mount a volume here
RUN mkdir -p /app/App_Data && chown "$APP_UID:$APP_UID" /app/App_Data

ENV ASPNETCORE_HTTP_PORTS=8080 \
    HOME=/home/app \
    LANG=C.UTF-8 \
    Letters__LibreOffice__Path=/usr/bin/soffice

USER $APP_UID
EXPOSE 8080

# No HEALTHCHECK: the image has no curl or wget. The orchestrator probes GET /health on port 8080 instead (200 while
# the database answers, 503 when it does not).
ENTRYPOINT ["dotnet", "ComplaintsHub.dll"]
