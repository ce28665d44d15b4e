using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// A method's declaration as written: its verb attributes, its route and how each parameter is bound. The parser
/// builds the model from it and the call-site analyzer checks constant arguments with it, so both bind a parameter
/// by the same rules.
/// </summary>
internal sealed class MethodDeclaration
{
    private MethodDeclaration(IMethodSymbol symbol, List<VerbAttribute> verbs, RouteTemplate? template, List<ParameterDeclaration> parameters, AttributeData? multipart)
    {
        Symbol = symbol;
        Verbs = verbs;
        Template = template;
        Parameters = parameters;
        Multipart = multipart;
    }

    public IMethodSymbol Symbol { get; }

    public IReadOnlyList<VerbAttribute> Verbs { get; }

    /// <summary>The verb attribute when there is exactly one.</summary>
    public VerbAttribute? Verb => Verbs.Count == 1 ? Verbs[0] : null;

    /// <summary>The parsed route of the single verb attribute, or null when there is none or its argument did not bind.</summary>
    public RouteTemplate? Template { get; }

    public bool HasValidRoute => Template is { IsValid: true };

    public IReadOnlyList<ParameterDeclaration> Parameters { get; }

    /// <summary>The <c>[Multipart]</c> attribute, if any: its parameters without another binding are parts.</summary>
    public AttributeData? Multipart { get; }

    /// <summary>Where a problem of the whole method is reported: its name.</summary>
    public Location Location => Symbol.Locations.IsEmpty ? Location.None : Symbol.Locations[0];

    public static MethodDeclaration Read(IMethodSymbol method, KnownSymbols known)
    {
        var verbs = new List<VerbAttribute>();
        AttributeData? multipart = null;
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (known.VerbOf(attribute.AttributeClass) is HttpVerb verb)
            {
                verbs.Add(new VerbAttribute(attribute, verb));
            }
            else if (KnownSymbols.Is(attribute.AttributeClass, known.MultipartAttribute))
            {
                multipart = attribute;
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

        var parameters = new List<ParameterDeclaration>(method.Parameters.Length);
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            parameters.Add(ParameterDeclaration.Read(parameter, placeholders.Contains(parameter.Name), multipart is not null, known));
        }

        return new MethodDeclaration(method, verbs, template, parameters, multipart);
    }
}

/// <summary>A verb attribute on a method and the route it names.</summary>
internal sealed class VerbAttribute
{
    public VerbAttribute(AttributeData data, HttpVerb verb)
    {
        Data = data;
        Verb = verb;
        HasRoute = data.AttributeConstructor is not null
            && data.ConstructorArguments.Length == 1
            && data.ConstructorArguments[0].Kind == TypedConstantKind.Primitive;
        Route = HasRoute ? data.ConstructorArguments[0].Value as string : null;
    }

    public AttributeData Data { get; }

    public HttpVerb Verb { get; }

    /// <summary>The method as HTTP writes it, such as <c>PUT</c>.</summary>
    public string Method => Verb.ToString().ToUpperInvariant();

    /// <summary>True when the route argument is a constant the compiler accepted (possibly null).</summary>
    public bool HasRoute { get; }

    public string? Route { get; }

    public ExpressionSyntax? RouteSyntax(CancellationToken cancellationToken) => AttributeArguments.Syntax(Data, 0, "route", cancellationToken);
}

/// <summary>One parameter and where its value goes, bound the same way for the model, the diagnostics and call sites.</summary>
internal sealed class ParameterDeclaration
{
    private ParameterDeclaration(IParameterSymbol symbol, bool inRoute, AttributeData? sid, AttributeData? path, List<BindingAttribute> bindings, ParameterBinding binding)
    {
        Symbol = symbol;
        InRoute = inRoute;
        Sid = sid;
        Path = path;
        BindingAttributes = bindings;
        Binding = binding;
    }

    public IParameterSymbol Symbol { get; }

    public string Name => Symbol.Name;

    /// <summary>True when a placeholder of a valid route has this parameter's name.</summary>
    public bool InRoute { get; }

    /// <summary>The <c>[Sid]</c> attribute, if any.</summary>
    public AttributeData? Sid { get; }

    /// <summary>The <c>[Sid]</c> prefix as written (valid or not), or null without one.</summary>
    public string? SidPrefix => Sid is { ConstructorArguments.Length: 1 } sid ? sid.ConstructorArguments[0].Value as string : null;

    /// <summary>The <c>[Path]</c> attribute, if any: it only gives a route value a format, so it is not a binding attribute.</summary>
    public AttributeData? Path { get; }

    /// <summary>
    /// The attribute whose <c>Format</c> applies to the value: the <c>[Query]</c> or <c>[Header]</c> the value is bound
    /// with, else <c>[Path]</c>; null when none of them sets one.
    /// </summary>
    public AttributeData? FormatCarrier =>
        BindingAttributes.Count > 0 && BindingAttributes[0].Binding is ParameterBinding.Query or ParameterBinding.Header
            && FormatOf(BindingAttributes[0].Data) is not null ? BindingAttributes[0].Data
        : Path is not null && FormatOf(Path) is not null ? Path
        : null;

    /// <summary>The <c>Format</c> that applies to the value, or null.</summary>
    public string? Format => FormatCarrier is AttributeData carrier ? FormatOf(carrier) : null;

    /// <summary>The binding attributes (<c>[Body]</c>, <c>[Form]</c>, <c>[Part]</c>, <c>[Query]</c>, <c>[Header]</c>…) in declaration order.</summary>
    public IReadOnlyList<BindingAttribute> BindingAttributes { get; }

    /// <summary>The binding used: a cancellation token by type, else the first binding attribute, else the route, else a part of a <c>[Multipart]</c> method, else none.</summary>
    public ParameterBinding Binding { get; }

    /// <summary>The query key, header name or part name of the first binding attribute; a part without one is named after the parameter.</summary>
    public string? Key => BindingAttributes.Count == 0 ? (Binding == ParameterBinding.Part ? Name : null) : BindingAttributes[0].Key;

    public Location Location => Symbol.Locations.IsEmpty ? Location.None : Symbol.Locations[0];

    /// <summary>Reads a parameter; in a <c>[Multipart]</c> method (<paramref name="inMultipart"/>) one bound to nothing else is a part.</summary>
    public static ParameterDeclaration Read(IParameterSymbol parameter, bool inRoute, bool inMultipart, KnownSymbols known)
    {
        AttributeData? sid = null;
        AttributeData? path = null;
        var bindings = new List<BindingAttribute>();
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (KnownSymbols.Is(type, known.SidAttribute))
            {
                sid = attribute;
            }
            else if (KnownSymbols.Is(type, known.PathAttribute))
            {
                path = attribute;
            }
            else if (KnownSymbols.Is(type, known.BodyAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, ParameterBinding.Body, null));
            }
            else if (KnownSymbols.Is(type, known.HeaderCollectionAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, ParameterBinding.HeaderCollection, null));
            }
            else if (KnownSymbols.Is(type, known.PropertyAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, ParameterBinding.Property, StringArgument(attribute) ?? parameter.Name));
            }
            else if (KnownSymbols.Is(type, known.PartAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, ParameterBinding.Part, StringArgument(attribute) ?? parameter.Name));
            }
            else if (KnownSymbols.Is(type, known.FormAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, ParameterBinding.Form, null));
            }
            else if (KnownSymbols.Is(type, known.QueryAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, ParameterBinding.Query, StringArgument(attribute) ?? parameter.Name));
            }
            else if (KnownSymbols.Is(type, known.HeaderAttribute))
            {
                bindings.Add(new BindingAttribute(attribute, ParameterBinding.Header, StringArgument(attribute) ?? string.Empty));
            }
        }

        ParameterBinding binding = KnownSymbols.Is(parameter.Type, known.CancellationToken) ? ParameterBinding.CancellationToken
            : bindings.Count > 0 ? bindings[0].Binding
            : inRoute ? ParameterBinding.Path
            : inMultipart ? ParameterBinding.Part
            : ParameterBinding.Unbound;
        return new ParameterDeclaration(parameter, inRoute, sid, path, bindings, binding);
    }

    /// <summary>The <c>Format</c> named argument of a <c>[Query]</c>, <c>[Header]</c> or <c>[Path]</c>, or null.</summary>
    public static string? FormatOf(AttributeData attribute)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == "Format")
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    private static string? StringArgument(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
}

/// <summary>A binding attribute on a parameter and the key it names.</summary>
internal sealed record BindingAttribute(AttributeData Data, ParameterBinding Binding, string? Key);
