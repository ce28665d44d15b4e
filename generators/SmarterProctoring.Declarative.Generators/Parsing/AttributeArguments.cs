using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>Finds an attribute's constructor argument in source by position or by name.</summary>
internal static class AttributeArguments
{
    public static ExpressionSyntax? Find(AttributeSyntax attribute, int position, string name)
    {
        if (attribute.ArgumentList is not { } list)
        {
            return null;
        }

        int index = 0;
        foreach (AttributeArgumentSyntax argument in list.Arguments)
        {
            if (argument.NameEquals is not null)
            {
                continue;
            }

            if (argument.NameColon is not null ? argument.NameColon.Name.Identifier.ValueText == name : index == position)
            {
                return argument.Expression;
            }

            index++;
        }

        return null;
    }

    /// <summary>The argument as written, or null when the attribute is not in source.</summary>
    public static ExpressionSyntax? Syntax(AttributeData attribute, int position, string name, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax ? Find(syntax, position, name) : null;

    /// <summary>Where to report a problem of an attribute's argument: the argument, else the attribute.</summary>
    public static Location LocationOf(AttributeData attribute, int position, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        return (Find(syntax, position, name) ?? (SyntaxNode)syntax).GetLocation();
    }

    /// <summary>Where to report a problem of an attribute's named property argument (<c>Format = "…"</c>): its value, else the attribute.</summary>
    public static Location NamedLocationOf(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        if (syntax.ArgumentList is { } list)
        {
            foreach (AttributeArgumentSyntax argument in list.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.Expression.GetLocation();
                }
            }
        }

        return syntax.GetLocation();
    }
}
