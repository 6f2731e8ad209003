# LcPeers in a container: build with the SDK, run on the ASP.NET runtime as a non-root user.
# Not built on the development machines (they have no Docker engine); see infra/README.md.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/LcPeers.Api/LcPeers.Api.csproj -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
# The embedded SQLite database and the mail pickup folder live under /app/data; mount a volume there.
RUN mkdir -p /app/data && chown -R $APP_UID /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__SqlitePath=/app/data/lcpeers.db
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "LcPeers.Api.dll", "--health-check"]
ENTRYPOINT ["dotnet", "LcPeers.Api.dll"]
