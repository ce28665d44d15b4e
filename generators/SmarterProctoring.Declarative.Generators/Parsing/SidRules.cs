using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>How a <c>[Sid]</c> on a property is read: one rule for the generated checks and the diagnostics.</summary>
internal static class SidRules
{
    /// <summary>The <c>[Sid]</c> attribute on <paramref name="symbol"/>, or null.</summary>
    public static AttributeData? AttributeOf(ISymbol symbol, KnownSymbols known)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (KnownSymbols.Is(attribute.AttributeClass, known.SidAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The prefix of a well-formed <c>[Sid]</c> on <paramref name="symbol"/> (two uppercase letters), or null.</summary>
    public static string? PrefixOf(ISymbol symbol, KnownSymbols known) =>
        AttributeOf(symbol, known) is { ConstructorArguments: [{ Value: string prefix }] } && SidPattern.IsValidPrefix(prefix) ? prefix : null;
}
