using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// For a client that names no <c>[JsonContext]</c>, the generator writes the JSON context; when it cannot describe a
/// body or response type, every call that reads or writes JSON throws NotSupportedException (SPD3001). This analyzer
/// runs the generator's own description code (linked from the generator project) over the types in the generator's
/// order, so it reports the same problem, in the same words, on each of those calls.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedJsonContextAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UndescribableJson);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        if (JsonUsage.Context(client.Symbol, known) is not null
            || GeneratedJsonRoots(client.Symbol, known, context.CancellationToken) is not List<ITypeSymbol> { Count: > 0 } roots)
        {
            return;
        }

        Generators.KnownSymbols generatorSymbols = Generators.KnownSymbols.For(context.Compilation);
        if (Generators.JsonContextParser.Build(client.Symbol, roots, context.Compilation, generatorSymbols, out string? problem) is not null || problem is null)
        {
            return;
        }

        foreach (ClientMethod method in client.Methods)
        {
            if (JsonUsage.TypesOf(method, known).Any())
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UndescribableJson, method.Location, method.Symbol.Name, client.Symbol.Name, problem));
            }
        }
    }

    /// <summary>
    /// The types the generated context starts from, as the generator collects them: for every abstract method of the
    /// interface and then of its bases, the result type and the body types. Null when the interface has a member the
    /// generator does not implement (it then writes no client, and SPD2015 says so).
    /// </summary>
    private static List<ITypeSymbol>? GeneratedJsonRoots(INamedTypeSymbol type, KnownTypes known, CancellationToken cancellationToken)
    {
        var roots = new List<ITypeSymbol>();
        foreach (INamedTypeSymbol declaring in new[] { type }.Concat(type.AllInterfaces))
        {
            foreach (ISymbol member in declaring.GetMembers())
            {
                if (!member.IsAbstract)
                {
                    continue;
                }

                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method)
                {
                    return null;
                }

                if (ReturnTypes.Read(method.ReturnType, known).Result is ITypeSymbol result)
                {
                    roots.Add(result);
                }

                foreach (ClientParameter parameter in ClientMethod.Read(method, known, cancellationToken).Parameters)
                {
                    if (parameter.Binding == Binding.Body)
                    {
                        roots.Add(parameter.Symbol.Type);
                    }
                }
            }
        }

        return roots;
    }
}
