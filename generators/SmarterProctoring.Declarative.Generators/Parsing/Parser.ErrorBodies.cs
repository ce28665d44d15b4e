using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Diagnostics;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

internal static partial class Parser
{
    /// <summary>
    /// The <c>[ErrorBody]</c> types of a method, in the order they are tried: the method's own, status-specific ones
    /// first, then the declaring interface's likewise. SPD2034 where one can never apply.
    /// </summary>
    private static EquatableArray<ErrorBodySpec> ReadErrorBodies(
        IMethodSymbol method,
        INamedTypeSymbol declaringInterface,
        KnownSymbols known,
        JsonTypeNames jsonTypes,
        List<ITypeSymbol> jsonRoots,
        Problems problems,
        CancellationToken cancellationToken)
    {
        var specs = new List<ErrorBodySpec>();
        foreach (ISymbol owner in new ISymbol[] { method, declaringInterface })
        {
            // The interface's are reported once, by the first method's parse: they are the same for every method.
            bool report = owner is IMethodSymbol || SymbolEqualityComparer.Default.Equals(FirstReportingMethod(declaringInterface, known), method);
            var declared = new List<(int Status, ITypeSymbol Type)>();
            foreach ((int status, ITypeSymbol type) in ErrorBodiesOf(owner, known, report ? problems : Problems.Muted(), cancellationToken))
            {
                declared.Add((status, type));
            }

            foreach ((int status, ITypeSymbol type) in declared.OrderBy(d => d.Status == 0 ? 1 : 0))
            {
                string name = JsonContextParser.FullNameOf(type, known);
                specs.Add(new ErrorBodySpec(status, name, jsonTypes.MemberFor(name)));
                jsonRoots.Add(type);
            }
        }

        return new EquatableArray<ErrorBodySpec>(specs);
    }

    /// <summary>The usable <c>[ErrorBody]</c> attributes of a method or interface, reporting the others (SPD2034).</summary>
    private static IEnumerable<(int Status, ITypeSymbol Type)> ErrorBodiesOf(ISymbol owner, KnownSymbols known, Problems problems, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<int, ITypeSymbol>();
        foreach (AttributeData attribute in owner.GetAttributes())
        {
            if (!KnownSymbols.Is(attribute.AttributeClass, known.ErrorBodyAttribute)
                || attribute.ConstructorArguments is not [{ Kind: TypedConstantKind.Type, Value: ITypeSymbol type }]
                || type.TypeKind == TypeKind.Error)
            {
                continue;
            }

            int status = 0;
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                if (argument.Key == "Status" && argument.Value.Value is int value)
                {
                    status = value;
                }
            }

            string? why = status != 0 && (status < 100 || status > 599) ? "Status " + status.ToString(CultureInfo.InvariantCulture) + " is not an HTTP status; use 400–599, or leave Status out for every unsuccessful status"
                : status is >= 100 and < 400 ? "Status " + status.ToString(CultureInfo.InvariantCulture) + " is not an error; an error body is read for 400–599"
                : type.IsValueType ? "an error body is read as a class or record, and " + Display(type) + " is a value type"
                : seen.TryGetValue(status, out ITypeSymbol? earlier) ? (status == 0 ? "every status" : "status " + status.ToString(CultureInfo.InvariantCulture))
                    + " already reads " + Display(earlier) + "; keep one [ErrorBody] per status"
                : null;
            if (why is not null)
            {
                Location location = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;
                problems.Report(DiagnosticDescriptors.InvalidErrorBody, location, Display(type), owner.Name, why);
                continue;
            }

            seen.Add(status, type);
            yield return (status, type);
        }
    }

    /// <summary>The method whose parse reports the interface's own attributes: its first abstract method.</summary>
    private static IMethodSymbol? FirstReportingMethod(INamedTypeSymbol @interface, KnownSymbols known) =>
        @interface.GetMembers().OfType<IMethodSymbol>().FirstOrDefault(m => m.IsAbstract && m.MethodKind == MethodKind.Ordinary && !m.IsStatic);
}
