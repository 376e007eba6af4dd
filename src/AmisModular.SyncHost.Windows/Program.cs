using AmisModular.SyncHost.Hosting;
using AmisModular.SyncHost.Tray;
using AmisModular.SyncHost.Windows;
using Microsoft.Extensions.DependencyInjection;

return await SyncHostProgram.RunAsync(args, builder => builder.Services.AddSingleton<ITrayPlatform, Win32TrayPlatform>());
