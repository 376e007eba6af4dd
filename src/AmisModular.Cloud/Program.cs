using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Hosting;

var app = CloudApp.Build(args.Length > 0 && args[0] == "admin" ? [] : args);
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
