using AmisModular.Shell.Hosting;

return await ShellProgram.RunAsync(args);
