using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Hosting;

// Admin mode reads the same configuration as a serving node, command line included, so
// `admin create-tenant ... --Cloud:Database:Provider=PostgreSql --Cloud:Database:ConnectionString=...` acts on that
// database. The command's own words and options become configuration keys nothing reads.
var app = CloudApp.Build(args);
if (args.Length > 0 && args[0] == "admin")
{
    return await AdminCommand.RunAsync(args[1..], app.Services, Console.Out);
}

if (app.Services.GetRequiredService<CloudOptions>().MigrateOnStart)
{
    await CloudApp.MigrateAsync(app.Services, CancellationToken.None);
}

await app.RunAsync();
return 0;
