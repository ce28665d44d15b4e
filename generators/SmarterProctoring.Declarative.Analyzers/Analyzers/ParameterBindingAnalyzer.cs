using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Reports a parameter with several binding attributes (SPD2010) and a route, query or header parameter whose type
/// the generated code cannot write as text (SPD2020).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParameterBindingAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MultipleBindings, DiagnosticDescriptors.UnsendableType);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        foreach (ClientMethod method in client.Methods)
        {
            foreach (ClientParameter parameter in method.Parameters)
            {
                if (parameter.Binding != Binding.CancellationToken && parameter.BindingAttributes.Length > 1)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MultipleBindings, parameter.Location, method.Symbol.Name, parameter.Name));
                }

                // A placeholder named after the CancellationToken makes the generator put the token in the path.
                Binding binding = parameter.Binding == Binding.CancellationToken && parameter.InRoute ? Binding.Path : parameter.Binding;
                if (binding is Binding.Path or Binding.Query or Binding.Header
                    && !ValueKinds.Fits(binding, parameter.Symbol.Type, known))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UnsendableType,
                        parameter.Location,
                        method.Symbol.Name,
                        parameter.Name,
                        parameter.Symbol.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                        binding.ToString().ToLowerInvariant(),
                        ValueKinds.Accepted(binding)));
                }
            }
        }
    }
}
