using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Diagnostics;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators;

internal static partial class Parser
{
    private static readonly char[] s_headerValueBreaks = { '\r', '\n', '\0' };

    /// <summary>
    /// The <c>[Headers]</c> constants of the interface, then the method's (which replace the interface's of a name); a
    /// <c>[Header]</c> parameter of the same name replaces the constant when it has a value. An entry that cannot be sent is SPD2039 on its string and is left
    /// out; a credential is SPD2018.
    /// </summary>
    private static EquatableArray<StaticHeaderSpec> ReadStaticHeaders(
        IMethodSymbol method,
        INamedTypeSymbol declaringInterface,
        List<ParameterSpec> parameters,
        KnownSymbols known,
        Problems problems,
        CancellationToken cancellationToken)
    {
        var headers = new List<StaticHeaderSpec>();
        bool hasBody = parameters.Any(p => p.Binding is ParameterBinding.Body or ParameterBinding.Form);
        foreach (ISymbol owner in new ISymbol[] { declaringInterface, method })
        {
            var own = new List<StaticHeaderSpec>();
            foreach (AttributeData attribute in owner.GetAttributes().Where(a => KnownSymbols.Is(a.AttributeClass, known.HeadersAttribute)))
            {
                if (attribute.ConstructorArguments is not [{ Kind: TypedConstantKind.Array } values])
                {
                    continue;
                }

                for (int i = 0; i < values.Values.Length; i++)
                {
                    string? entry = values.Values[i].Value as string;
                    Location location = AttributeArguments.LocationOf(attribute, i, "headers", cancellationToken);
                    if (ReadStaticHeader(entry, hasBody, out StaticHeaderSpec? header) is string why)
                    {
                        problems.Block(DiagnosticDescriptors.InvalidStaticHeader, location, method.Name, Printable(entry ?? "null"), why);
                        continue;
                    }

                    if (HeaderRules.IsCredential(header!.Name))
                    {
                        problems.Report(DiagnosticDescriptors.CredentialHeader, location, header.Name, "[Headers] on '" + method.Name + "'", "as a constant in source");
                    }

                    own.RemoveAll(h => string.Equals(h.Name, header.Name, System.StringComparison.OrdinalIgnoreCase));
                    own.Add(header);
                }
            }

            // The method's own replace the interface's of the same name.
            headers.RemoveAll(h => own.Any(o => string.Equals(o.Name, h.Name, System.StringComparison.OrdinalIgnoreCase)));
            headers.AddRange(own);
        }

        return new EquatableArray<StaticHeaderSpec>(headers);
    }

    /// <summary>The <c>[Timeout]</c> in milliseconds, or 0; SPD2041 for one that is not positive, too long, or on a stream or walk.</summary>
    private static int ReadTimeout(MethodDeclaration declaration, ReturnShape shape, KnownSymbols known, Problems problems, CancellationToken cancellationToken)
    {
        AttributeData? attribute = declaration.Symbol.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.TimeoutAttribute));
        if (attribute?.ConstructorArguments is not [{ Value: double seconds }])
        {
            return 0;
        }

        Location location = AttributeArguments.LocationOf(attribute, 0, "seconds", cancellationToken);
        string name = declaration.Symbol.Name;
        double milliseconds = seconds * 1000;
        if (double.IsNaN(seconds) || milliseconds < 1)
        {
            problems.Block(DiagnosticDescriptors.InvalidTimeout, location, name,
                "its " + seconds.ToString(CultureInfo.InvariantCulture) + " seconds is not a positive time of at least a millisecond");
            return 0;
        }

        if (milliseconds > int.MaxValue)
        {
            problems.Block(DiagnosticDescriptors.InvalidTimeout, location, name,
                "its " + seconds.ToString(CultureInfo.InvariantCulture) + " seconds is longer than the longest timer (about 24 days); leave the call unbounded instead");
            return 0;
        }

        if (shape == ReturnShape.AsyncEnumerable)
        {
            problems.Block(DiagnosticDescriptors.InvalidTimeout, location, name,
                "it returns IAsyncEnumerable<T>, which is read after the call returns; bound the enumeration with a token (CancelAfter) instead");
            return 0;
        }

        return (int)System.Math.Round(milliseconds);
    }

    /// <summary>Why <paramref name="entry"/> is not a header the call can send, or null with the header.</summary>
    private static string? ReadStaticHeader(string? entry, bool hasBody, out StaticHeaderSpec? header)
    {
        header = null;
        int colon = entry?.IndexOf(':') ?? -1;
        if (entry is null || colon < 0)
        {
            return "it is not written \"Name: value\"";
        }

        string name = entry.Substring(0, colon).Trim(' ', '\t');
        string value = entry.Substring(colon + 1).Trim(' ', '\t');
        int bad = HeaderRules.FirstNonTokenCharacter(name);
        if (name.Length == 0 || bad >= 0)
        {
            return "its name " + (name.Length == 0 ? "is empty" : "is not an HTTP token (character " + (bad + 1).ToString(CultureInfo.InvariantCulture) + " is " + Describe(name[bad]) + ")");
        }

        int lineBreak = value.IndexOfAny(s_headerValueBreaks);
        if (lineBreak >= 0)
        {
            return "its value holds " + (value[lineBreak] == '\0' ? "a NUL character" : "a line break") + ", which would end the header";
        }

        bool isContent = HeaderRules.IsContentHeader(name);
        if (isContent && !hasBody)
        {
            return "'" + name + "' describes a request body, and the call sends none";
        }

        header = new StaticHeaderSpec(name, value, isContent);
        return null;
    }
}
