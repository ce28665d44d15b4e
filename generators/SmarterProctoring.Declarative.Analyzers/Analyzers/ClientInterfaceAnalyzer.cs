using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Base of the analyzers that look at one client interface at a time: resolves the known types once per
/// compilation and calls <see cref="Analyze"/> for every source interface the generator writes a client for.
/// </summary>
public abstract class ClientInterfaceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.TryCreate(start.Compilation) is not KnownTypes known)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbolContext =>
                {
                    if (symbolContext.Symbol.Locations.Length > 0 && symbolContext.Symbol.Locations[0].IsInSource
                        && ClientInterface.TryRead(symbolContext.Symbol, known, symbolContext.CancellationToken) is ClientInterface client)
                    {
                        Analyze(symbolContext, client, known);
                    }
                },
                SymbolKind.NamedType);
        });
    }

    internal abstract void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known);
}
