using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>
/// An interface the generator writes a client for: one with at least one method of its own that carries a verb
/// attribute (the generator's trigger). Read the way the generator's parser reads it, so the analyzers report exactly
/// what the generator skips.
/// </summary>
internal sealed class ClientInterface
{
    private ClientInterface(INamedTypeSymbol symbol, ImmutableArray<ClientMethod> methods)
    {
        Symbol = symbol;
        Methods = methods;
    }

    public INamedTypeSymbol Symbol { get; }

    /// <summary>The interface's own abstract instance methods, in declaration order.</summary>
    public ImmutableArray<ClientMethod> Methods { get; }

    public static ClientInterface? TryRead(ISymbol symbol, KnownTypes known, CancellationToken cancellationToken)
    {
        if (symbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } type || !HasVerbMethod(type, known))
        {
            return null;
        }

        var methods = ImmutableArray.CreateBuilder<ClientMethod>();
        foreach (ISymbol member in type.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, IsAbstract: true } method)
            {
                methods.Add(ClientMethod.Read(method, known, cancellationToken));
            }
        }

        return new ClientInterface(type, methods.ToImmutable());
    }

    private static bool HasVerbMethod(INamedTypeSymbol type, KnownTypes known)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IMethodSymbol method)
            {
                foreach (AttributeData attribute in method.GetAttributes())
                {
                    if (known.VerbOf(attribute.AttributeClass) is not null)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}

/// <summary>One abstract method of a client interface: its verb attributes, route and parameters.</summary>
internal sealed class ClientMethod
{
    private ClientMethod(IMethodSymbol symbol, ImmutableArray<VerbAttribute> verbs, RouteTemplate? template, ImmutableArray<ClientParameter> parameters)
    {
        Symbol = symbol;
        Verbs = verbs;
        Template = template;
        Parameters = parameters;
    }

    public IMethodSymbol Symbol { get; }

    public ImmutableArray<VerbAttribute> Verbs { get; }

    /// <summary>The verb attribute when there is exactly one.</summary>
    public VerbAttribute? Verb => Verbs.Length == 1 ? Verbs[0] : null;

    /// <summary>The parsed route of the single verb attribute, or null when there is none or it did not bind.</summary>
    public RouteTemplate? Template { get; }

    /// <summary>True when the route parsed without errors, so placeholders and parameters can be matched.</summary>
    public bool HasValidRoute => Template is { IsValid: true };

    public ImmutableArray<ClientParameter> Parameters { get; }

    public static ClientMethod Read(IMethodSymbol method, KnownTypes known, CancellationToken cancellationToken)
    {
        var verbs = ImmutableArray.CreateBuilder<VerbAttribute>();
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (known.VerbOf(attribute.AttributeClass) is string verb)
            {
                verbs.Add(new VerbAttribute(attribute, verb));
            }
        }

        RouteTemplate? template = verbs.Count == 1 && verbs[0].HasRoute ? RouteTemplate.Parse(verbs[0].Route) : null;
        var placeholders = new HashSet<string>(System.StringComparer.Ordinal);
        if (template is { IsValid: true })
        {
            foreach (RouteSegment segment in template.Segments)
            {
                if (segment.Kind == RouteSegmentKind.Placeholder)
                {
                    placeholders.Add(segment.Text);
                }
            }
        }

        var parameters = ImmutableArray.CreateBuilder<ClientParameter>(method.Parameters.Length);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            parameters.Add(ClientParameter.Read(parameter, placeholders.Contains(parameter.Name), known));
        }

        return new ClientMethod(method, verbs.ToImmutable(), template, parameters.MoveToImmutable());
    }

    /// <summary>Where to report a problem of the whole method: its name.</summary>
    public Location Location => Symbol.Locations.IsEmpty ? Location.None : Symbol.Locations[0];
}

/// <summary>A verb attribute on a method and the route it names.</summary>
internal sealed class VerbAttribute
{
    public VerbAttribute(AttributeData data, string verb)
    {
        Data = data;
        Verb = verb;
        HasRoute = data.AttributeConstructor is not null
            && data.ConstructorArguments.Length == 1
            && data.ConstructorArguments[0].Kind == TypedConstantKind.Primitive;
        Route = HasRoute ? data.ConstructorArguments[0].Value as string : null;
    }

    public AttributeData Data { get; }

    /// <summary>The HTTP method, such as <c>PUT</c>.</summary>
    public string Verb { get; }

    /// <summary>True when the route argument is a constant the compiler accepted (possibly null).</summary>
    public bool HasRoute { get; }

    public string? Route { get; }

    /// <summary>The route argument as written, or null when the attribute is not in source.</summary>
    public ExpressionSyntax? RouteSyntax(CancellationToken cancellationToken) =>
        Data.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax attribute
            ? AttributeArguments.Find(attribute, 0, "route")
            : null;
}

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

    /// <summary>Where to report a problem of an attribute's argument: the argument, else the attribute.</summary>
    public static Location LocationOf(AttributeData attribute, int position, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        return (Find(syntax, position, name) ?? (SyntaxNode)syntax).GetLocation();
    }
}
