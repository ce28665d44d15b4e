using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>Reports a second body (SPD2002) and a body sent with GET or DELETE (SPD2003, a suppressible warning).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BodyAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MultipleBodies, DiagnosticDescriptors.BodyWithoutContent);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        foreach (ClientMethod method in client.Methods)
        {
            int bodies = 0;
            foreach (ClientParameter parameter in method.Parameters)
            {
                if (parameter.Binding != Binding.Body)
                {
                    continue;
                }

                if (++bodies > 1)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MultipleBodies, parameter.Location, method.Symbol.Name, parameter.Name));
                }
                else if (method.Verb?.Verb is "GET" or "DELETE")
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.BodyWithoutContent, parameter.Location, method.Symbol.Name, parameter.Name, method.Verb.Verb));
                }
            }
        }
    }
}
