using System;
using System.Threading;
using SmarterProctoring.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var app = new CliApp(Console.Out, Console.OpenStandardOutput(), Console.Error, Environment.GetEnvironmentVariable);
return await app.RunAsync(args, cancellation.Token).ConfigureAwait(false);
