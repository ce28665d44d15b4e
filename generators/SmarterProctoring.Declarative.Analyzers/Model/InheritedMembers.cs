using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>
/// The abstract members a client inherits from base interfaces that are not client interfaces themselves (a client
/// base reports its own members). The generated client must implement them all; each is reported on the base-list
/// entry it comes through, because the member itself may live in metadata (<c>IDisposable.Dispose</c>).
/// </summary>
internal static class InheritedMembers
{
    public static IEnumerable<(ISymbol Member, Location Location)> Of(ClientInterface client, KnownTypes known, CancellationToken cancellationToken)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (INamedTypeSymbol direct in client.Symbol.Interfaces)
        {
            if (ClientInterface.TryRead(direct, known, cancellationToken) is not null)
            {
                continue;
            }

            Location location = BaseListEntry(client.Symbol, direct, cancellationToken);
            var declaring = new List<INamedTypeSymbol> { direct };
            declaring.AddRange(direct.AllInterfaces);
            foreach (INamedTypeSymbol type in declaring)
            {
                if (!ReferenceEquals(type, direct) && ClientInterface.TryRead(type, known, cancellationToken) is not null)
                {
                    continue;
                }

                foreach (ISymbol member in type.GetMembers())
                {
                    if (member.IsAbstract && seen.Add(member))
                    {
                        yield return (member, location);
                    }
                }
            }
        }
    }

    /// <summary>The name of a member for messages: <c>IDisposable.Dispose</c>.</summary>
    public static string NameOf(ISymbol member) => member.ContainingType.Name + "." + member.Name;

    private static Location BaseListEntry(INamedTypeSymbol client, INamedTypeSymbol direct, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in client.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { BaseList: { } baseList })
            {
                foreach (BaseTypeSyntax entry in baseList.Types)
                {
                    if (SimpleName(entry.Type) == direct.Name)
                    {
                        return entry.GetLocation();
                    }
                }
            }
        }

        return client.Locations[0];
    }

    private static string? SimpleName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };
}
