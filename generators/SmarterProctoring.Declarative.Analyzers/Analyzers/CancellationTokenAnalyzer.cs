using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>Suggests a CancellationToken parameter for a call that takes none (SPD2021, information, with a code fix).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CancellationTokenAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingCancellationToken);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        foreach (ClientMethod method in client.Methods)
        {
            if (method.Verb is not null && !HasToken(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingCancellationToken, method.Location, method.Symbol.Name));
            }
        }
    }

    private static bool HasToken(ClientMethod method)
    {
        foreach (ClientParameter parameter in method.Parameters)
        {
            if (parameter.Binding == Binding.CancellationToken)
            {
                return true;
            }
        }

        return false;
    }
}
