using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>Where a parameter's value goes in the request.</summary>
internal enum Binding
{
    Unbound,
    Path,
    Query,
    Header,
    Body,
    CancellationToken,
}

/// <summary>A binding attribute on a parameter: <c>[Body]</c>, <c>[Query]</c> or <c>[Header]</c>.</summary>
internal sealed record BindingAttribute(AttributeData Data, Binding Binding, string? Key);

/// <summary>One parameter of a client method, bound the way the generator binds it.</summary>
internal sealed class ClientParameter
{
    private ClientParameter(IParameterSymbol symbol, bool inRoute, AttributeData? sid, ImmutableArray<BindingAttribute> bindings, Binding binding)
    {
        Symbol = symbol;
        InRoute = inRoute;
        Sid = sid;
        BindingAttributes = bindings;
        Binding = binding;
    }

    public IParameterSymbol Symbol { get; }

    public string Name => Symbol.Name;

    /// <summary>True when a placeholder of a valid route has this parameter's name.</summary>
    public bool InRoute { get; }

    /// <summary>The <c>[Sid]</c> attribute, if any.</summary>
    public AttributeData? Sid { get; }

    /// <summary>The <c>[Sid]</c> prefix, when the attribute has one.</summary>
    public string? SidPrefix => Sid is { ConstructorArguments.Length: 1 } sid ? sid.ConstructorArguments[0].Value as string : null;

    public ImmutableArray<BindingAttribute> BindingAttributes { get; }

    /// <summary>The binding the generator uses: the first binding attribute, else the route, else none.</summary>
    public Binding Binding { get; }

    /// <summary>The query key or header name of the first binding attribute.</summary>
    public string? Key => BindingAttributes.IsEmpty ? null : BindingAttributes[0].Key;

    /// <summary>Where to report a problem of the parameter: its name.</summary>
    public Location Location => Symbol.Locations.IsEmpty ? Location.None : Symbol.Locations[0];

    public static ClientParameter Read(IParameterSymbol parameter, bool inRoute, KnownTypes known)
    {
        AttributeData? sid = null;
        var bindings = ImmutableArray.CreateBuilder<BindingAttribute>();
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (KnownTypes.Is(type, known.SidAttribute))
            {
                sid = attribute;
            }
            else if (KnownTypes.Is(type, known.BodyAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, Binding.Body, null));
            }
            else if (KnownTypes.Is(type, known.QueryAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, Binding.Query, StringArgument(attribute) ?? parameter.Name));
            }
            else if (KnownTypes.Is(type, known.HeaderAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, Binding.Header, StringArgument(attribute) ?? string.Empty));
            }
        }

        Binding binding = KnownTypes.Is(parameter.Type, known.CancellationToken) ? Binding.CancellationToken
            : bindings.Count > 0 ? bindings[0].Binding
            : inRoute ? Binding.Path
            : Binding.Unbound;
        return new ClientParameter(parameter, inRoute, sid, bindings.ToImmutable(), binding);
    }

    private static string? StringArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
}
