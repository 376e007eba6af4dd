using System.Text;
using AmisModular.Cli.Cli;

// Vietnamese text on a Windows console needs UTF-8 output.
Console.OutputEncoding = Encoding.UTF8;
return AmisApp.Run(args);
