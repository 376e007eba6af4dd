using AmisModular.SyncHost.Hosting;

return await SyncHostProgram.RunAsync(args);
