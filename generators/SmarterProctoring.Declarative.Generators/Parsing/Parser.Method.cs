using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmarterProctoring.Declarative.Generators.Diagnostics;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators;

internal static partial class Parser
{
    private static readonly ImmutableHashSet<string> s_secretQueryKeys = ImmutableHashSet.Create(
        System.StringComparer.OrdinalIgnoreCase, "token", "access_token", "password", "apiKey", "api_key", "secret", "client_secret");

    private static MethodSpec ParseMethod(
        MethodDeclaration declaration,
        INamedTypeSymbol declaringInterface,
        KnownSymbols known,
        JsonTypeNames jsonTypes,
        List<ITypeSymbol> jsonRoots,
        HashSet<string> memberNames,
        int namingPolicy,
        Problems problems,
        CancellationToken cancellationToken)
    {
        IMethodSymbol method = declaration.Symbol;
        string name = method.Name;
        int blockingBefore = problems.BlockingCount;
        int jsonTypesBefore = jsonTypes.Count;
        int jsonRootsBefore = jsonRoots.Count;

        CheckMethodShape(declaration, declaringInterface, known, problems);
        CheckRoute(declaration, problems, cancellationToken);

        ReturnType returned = TypeShapes.ReadReturnType(method.ReturnType, known);
        AttributeData? pagedAttribute = PagedAttributeOf(method, known);
        ReturnShape shape = returned.Shape;
        ResultSpec? result = null;
        if (returned.Result is ITypeSymbol resultType && returned.Kind == ResultKind.Json && pagedAttribute is null)
        {
            string resultName = JsonContextParser.FullNameOf(resultType, known);
            result = new ResultSpec(resultName, IsNullable(resultType), jsonTypes.MemberFor(resultName));
            jsonRoots.Add(resultType);
        }
        else if (returned.Result is ITypeSymbol other)
        {
            // Read without metadata (text, bytes, the unread body), or the items of a walk, whose page is described instead.
            result = new ResultSpec(known.NameOf(other, s_typeFormat), IsNullable(other), string.Empty, returned.Kind);
        }

        var parameters = new List<ParameterSpec>(declaration.Parameters.Count);
        ParameterSpec? firstBody = null;
        int tokens = 0;
        int headerCollections = 0;
        foreach (ParameterDeclaration parameter in declaration.Parameters)
        {
            ParameterSpec spec = ParseParameter(parameter, declaration, known, jsonTypes, namingPolicy, problems, cancellationToken);
            if (spec.Binding is ParameterBinding.Body or ParameterBinding.Form && firstBody is null)
            {
                firstBody = spec;
                if (spec.Binding == ParameterBinding.Body)
                {
                    jsonRoots.Add(parameter.Symbol.Type);
                }

                if (declaration.Verb?.Verb is HttpVerb.Get or HttpVerb.Delete or HttpVerb.Head)
                {
                    problems.Report(DiagnosticDescriptors.BodyWithoutContent, parameter.Location, name, parameter.Name, declaration.Verb.Method);
                }
            }
            else if (spec.Binding == ParameterBinding.Body && firstBody!.Binding == ParameterBinding.Body)
            {
                problems.Block(DiagnosticDescriptors.MultipleBodies, parameter.Location, name, parameter.Name);
            }
            else if (spec.Binding is ParameterBinding.Body or ParameterBinding.Form)
            {
                problems.Block(DiagnosticDescriptors.TwoBodies, parameter.Location, name, firstBody!.Name, BodyKind(firstBody.Binding), parameter.Name, BodyKind(spec.Binding));
            }

            if (spec.Binding == ParameterBinding.HeaderCollection && ++headerCollections > 1)
            {
                problems.Block(DiagnosticDescriptors.MultipleHeaderCollections, parameter.Location, name, parameter.Name);
            }

            if (spec.Binding == ParameterBinding.CancellationToken && ++tokens > 1)
            {
                problems.Block(DiagnosticDescriptors.MultipleCancellationTokens, parameter.Location, name, parameter.Name);
            }

            if (spec.PartKind == PartKind.Json)
            {
                jsonRoots.Add(parameter.Symbol.Type);
            }

            parameters.Add(spec);
        }

        string? boundary = ReadMultipart(declaration, parameters, problems, cancellationToken);

        if (declaration.Verb is not null && tokens == 0)
        {
            problems.Report(DiagnosticDescriptors.MissingCancellationToken, declaration.Location, name);
        }

        var parameterNames = new HashSet<string>(parameters.Select(p => p.Name), System.StringComparer.Ordinal);
        PagedSpec? paged = ReadPaging(
            declaration, pagedAttribute, returned.Shape == ReturnShape.AsyncEnumerable ? returned.Result : null, parameters, known, jsonTypes, jsonRoots,
            parameterNames, problems, cancellationToken);
        EquatableArray<ErrorBodySpec> errorBodies = ReadErrorBodies(method, declaringInterface, known, jsonTypes, jsonRoots, problems, cancellationToken);
        EquatableArray<StaticHeaderSpec> staticHeaders = ReadStaticHeaders(method, declaringInterface, parameters, known, problems, cancellationToken);
        int timeout = ReadTimeout(declaration, shape, known, problems, cancellationToken);
        EquatableArray<RoutePartSpec> routeParts = RouteParts(declaration, parameters, problems, cancellationToken);
        string? problem = problems.BlockingSince(blockingBefore);
        if (problem is not null)
        {
            // A method that cannot be generated becomes a throwing stub: its types must not reach the client or the
            // JSON context (a method's type parameter, for one, means nothing outside it).
            jsonTypes.TruncateTo(jsonTypesBefore);
            jsonRoots.RemoveRange(jsonRootsBefore, jsonRoots.Count - jsonRootsBefore);
        }

        return new MethodSpec(
            name,
            declaringInterface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            declaration.Verb?.Verb,
            declaration.Verb?.Route ?? string.Empty,
            routeParts,
            shape,
            known.NameOf(method.ReturnType, s_typeFormat),
            result,
            method.IsGenericMethod ? "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">" : string.Empty,
            new EquatableArray<ParameterSpec>(parameters),
            UniqueName(name + "Route", memberNames),
            UniqueLocal("request", parameterNames),
            UniqueLocal("response", parameterNames),
            UniqueLocal("uri", parameterNames),
            method.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.IdempotentAttribute)),
            problem,
            paged,
            UniqueLocal("link", parameterNames),
            errorBodies,
            staticHeaders,
            timeout,
            declaration.Multipart is not null,
            boundary);
    }

    /// <summary>Verbs (SPD2007, SPD2008), type parameters (SPD2006) and the return type (SPD2001).</summary>
    private static void CheckMethodShape(MethodDeclaration declaration, INamedTypeSymbol declaringInterface, KnownSymbols known, Problems problems)
    {
        IMethodSymbol method = declaration.Symbol;
        if (declaration.Verbs.Count == 0)
        {
            problems.Block(DiagnosticDescriptors.MissingVerb, declaration.Location, method.Name, declaringInterface.Name);
        }
        else if (declaration.Verbs.Count > 1)
        {
            problems.Block(DiagnosticDescriptors.MultipleVerbs, declaration.Location, method.Name, declaration.Verbs.Count);
        }

        if (method.IsGenericMethod)
        {
            problems.Block(DiagnosticDescriptors.GenericMethod, declaration.Location, method.Name);
        }

        if (method.ReturnType.TypeKind != TypeKind.Error
            && TypeShapes.ReadReturnType(method.ReturnType, known) is { Shape: ReturnShape.Unsupported } unsupported)
        {
            problems.Block(DiagnosticDescriptors.UnsupportedReturnType, declaration.Location, method.Name,
                method.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), unsupported.Why ?? ReturnShapes);
        }
        else if (method.ReturnType.TypeKind == TypeKind.Error)
        {
            problems.BlockSilently("Its return type does not compile");
        }
        else if (declaration.Verb?.Verb == HttpVerb.Head
            && TypeShapes.ReadReturnType(method.ReturnType, known) is { Result: not null, Kind: not ResultKind.Response })
        {
            problems.Block(DiagnosticDescriptors.UnsupportedReturnType, declaration.Location, method.Name,
                method.ReturnType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                "a HEAD answer has no body to read; return Task, Task<ApiResponse> (its status and headers) or Task<HttpResponseMessage>");
        }
    }

    /// <summary>The route grammar (SPD1001–SPD1013), reported inside the string literal.</summary>
    private static void CheckRoute(MethodDeclaration declaration, Problems problems, CancellationToken cancellationToken)
    {
        if (declaration.Verb is not VerbAttribute verb)
        {
            return;
        }

        if (declaration.Template is not RouteTemplate template)
        {
            // The attribute's argument does not bind; the compiler reports it.
            problems.BlockSilently("Its route is not a constant string");
            return;
        }

        if (template.IsValid)
        {
            return;
        }

        ExpressionSyntax? syntax = verb.RouteSyntax(cancellationToken);
        string method = declaration.Symbol.Name;
        string route = verb.Route ?? string.Empty;
        foreach (RouteTemplateError error in template.Errors)
        {
            Location? location = syntax is null ? null
                : error.Kind == RouteTemplateErrorKind.Empty ? syntax.GetLocation()
                : StringLiteralSpans.Locate(syntax, route, error.Start, error.Length);
            ReportRouteError(problems, error, location, method, verb.Route);
        }
    }

    private static void ReportRouteError(Problems problems, RouteTemplateError error, Location? location, string method, string? route)
    {
        switch (error.Kind)
        {
            case RouteTemplateErrorKind.Empty:
                problems.Block(DiagnosticDescriptors.EmptyRoute, location, method, route is null ? "null" : "empty");
                break;
            case RouteTemplateErrorKind.MissingLeadingSlash:
                problems.Block(DiagnosticDescriptors.MissingLeadingSlash, location, method, route);
                break;
            case RouteTemplateErrorKind.UnclosedBrace:
                problems.Block(DiagnosticDescriptors.UnclosedBrace, location, method, UpToSegmentEnd(route!, error.Start));
                break;
            case RouteTemplateErrorKind.UnopenedBrace:
                problems.Block(DiagnosticDescriptors.UnopenedBrace, location, method);
                break;
            case RouteTemplateErrorKind.NestedBrace:
                problems.Block(DiagnosticDescriptors.NestedBrace, location, method);
                break;
            case RouteTemplateErrorKind.EmptyPlaceholder:
                problems.Block(DiagnosticDescriptors.EmptyPlaceholder, location, method);
                break;
            case RouteTemplateErrorKind.InvalidPlaceholderName:
                problems.Block(DiagnosticDescriptors.InvalidPlaceholderName, location, method, error.Text);
                break;
            case RouteTemplateErrorKind.DuplicatePlaceholder:
                problems.Block(DiagnosticDescriptors.DuplicatePlaceholder, location, method, error.Text);
                break;
            case RouteTemplateErrorKind.AnglePlaceholder or RouteTemplateErrorKind.ColonPlaceholder:
                problems.Report(
                    DiagnosticDescriptors.ForeignPlaceholder,
                    location,
                    DiagnosticDescriptors.PlaceholderNameProperty,
                    error.Text,
                    blocks: true,
                    method,
                    route!.Substring(error.Start, error.Length),
                    error.Text);
                break;
            case RouteTemplateErrorKind.Backslash:
                problems.Block(DiagnosticDescriptors.Backslash, location, method);
                break;
            case RouteTemplateErrorKind.QueryOrFragment:
                problems.Block(DiagnosticDescriptors.QueryInRoute, location, method, error.Text);
                break;
            case RouteTemplateErrorKind.Whitespace:
                problems.Block(DiagnosticDescriptors.WhitespaceInRoute, location, method, DescribeCharacter(error.Text[0]));
                break;
            default:
                problems.Block(DiagnosticDescriptors.EmptySegment, location, method);
                break;
        }
    }

    private static string UpToSegmentEnd(string route, int start)
    {
        int end = route.IndexOf('/', start);
        return end < 0 ? route.Substring(start) : route.Substring(start, end - start);
    }

    private static string DescribeCharacter(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\r' or '\n' => "a line break",
        _ => "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The route's literal runs and placeholders; each placeholder must name a parameter (SPD1014) that can be a
    /// path value.
    /// </summary>
    private static EquatableArray<RoutePartSpec> RouteParts(MethodDeclaration declaration, List<ParameterSpec> parameters, Problems problems, CancellationToken cancellationToken)
    {
        if (!declaration.HasValidRoute)
        {
            return EquatableArray<RoutePartSpec>.Empty;
        }

        ExpressionSyntax? syntax = null;
        var parts = new List<RoutePartSpec>();
        foreach (RouteSegment segment in declaration.Template!.Segments)
        {
            if (segment.Kind == RouteSegmentKind.Literal)
            {
                parts.Add(new RoutePartSpec(segment.Text, -1));
                continue;
            }

            int index = parameters.FindIndex(p => p.Name == segment.Text);
            if (index < 0)
            {
                syntax ??= declaration.Verb!.RouteSyntax(cancellationToken);
                Location? location = syntax is null ? null : StringLiteralSpans.Locate(syntax, declaration.Verb!.Route!, segment.Start, segment.Length);
                ParameterSpec? owner = parameters.FirstOrDefault(p => p.Binding == ParameterBinding.Query && p.ValueKind == ValueKind.Object
                    && MemberNamed(p, segment.Text) is not null);
                if (owner is not null)
                {
                    problems.Block(DiagnosticDescriptors.PlaceholderNamesQueryMember, location, declaration.Symbol.Name, segment.Text, owner.Name,
                        MemberNamed(owner, segment.Text)!.Property);
                }
                else
                {
                    problems.Block(DiagnosticDescriptors.PlaceholderWithoutParameter, location, declaration.Symbol.Name, segment.Text);
                }
            }
            else if (parameters[index].Binding != ParameterBinding.Path)
            {
                // Reported on the parameter (SPD1016 or SPD2020).
                problems.BlockSilently("Its route placeholder {" + segment.Text + "} names a parameter that cannot be a path value");
                index = -1;
            }

            parts.Add(new RoutePartSpec(null, index));
        }

        return new EquatableArray<RoutePartSpec>(parts);
    }

    /// <summary>The top-level member of a query object whose C# name is <paramref name="name"/>, whatever its case.</summary>
    private static QueryMemberSpec? MemberNamed(ParameterSpec queryObject, string name) =>
        queryObject.Members.FirstOrDefault(m => string.Equals(m.Property, name, System.StringComparison.OrdinalIgnoreCase));

    private static string BodyKind(ParameterBinding binding) => binding == ParameterBinding.Form ? "[Form] body" : "[Body]";

    private static ParameterSpec ParseParameter(
        ParameterDeclaration parameter,
        MethodDeclaration method,
        KnownSymbols known,
        JsonTypeNames jsonTypes,
        int namingPolicy,
        Problems problems,
        CancellationToken cancellationToken)
    {
        IParameterSymbol symbol = parameter.Symbol;
        ITypeSymbol type = symbol.Type;
        string typeName = known.NameOf(type, s_typeFormat);
        bool nullable = IsNullable(type);
        string name = parameter.Name;
        string methodName = method.Symbol.Name;
        if (symbol.RefKind != RefKind.None)
        {
            problems.Block(DiagnosticDescriptors.ByReferenceParameter, parameter.Location, methodName, name, RefKindText(symbol.RefKind));
        }

        string modifier = symbol.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => string.Empty,
        };

        ParameterBinding binding = parameter.Binding;
        if (binding != ParameterBinding.CancellationToken && parameter.BindingAttributes.Count > 1)
        {
            problems.Block(DiagnosticDescriptors.MultipleBindings, parameter.Location, methodName, name);
        }

        if (method.HasValidRoute)
        {
            if (binding == ParameterBinding.Unbound)
            {
                problems.Block(DiagnosticDescriptors.UnboundParameter, parameter.Location, methodName, name);
            }
            else if (parameter.InRoute && binding != ParameterBinding.CancellationToken && parameter.BindingAttributes.Count == 1)
            {
                problems.Block(DiagnosticDescriptors.RouteParameterWithBinding, parameter.Location, methodName, name, binding.ToString());
            }
        }
        else if (binding == ParameterBinding.Unbound)
        {
            // The broken route is reported on its own; the parameter cannot be placed until it is fixed.
            problems.BlockSilently("Parameter '" + name + "' is bound to nothing while the route is broken");
        }

        string? sidPrefix = CheckSid(parameter, methodName, problems, cancellationToken);
        if (binding == ParameterBinding.CancellationToken)
        {
            if (parameter.InRoute)
            {
                // A placeholder named after the token would put the token in the path.
                ReportUnsendable(problems, parameter, methodName, ParameterBinding.Path);
            }

            return new ParameterSpec(name, typeName, ParameterBinding.CancellationToken, ValueKind.None, false, null, null, null, EquatableArray<SidPropertySpec>.Empty, modifier);
        }

        ValueKind valueKind = ValueKind.None;
        var members = EquatableArray<QueryMemberSpec>.Empty;
        (string? queryName, _, int collectionFormat) = binding == ParameterBinding.Query
            ? QueryObjects.QueryArguments(parameter.BindingAttributes[0].Data)
            : (null, null, 0);
        string escapedPrefix = queryName is null ? string.Empty : QueryObjects.Escape(queryName);
        string? jsonMember = null;
        var sidProperties = EquatableArray<SidPropertySpec>.Empty;
        var nestedSids = EquatableArray<SidNestedSpec>.Empty;
        var sidTypes = EquatableArray<SidTypeSpec>.Empty;
        PartKind partKind = PartKind.None;
        string? partFileName = null;
        string? partContentType = null;
        if (binding == ParameterBinding.Body && ContainsErrors(type))
        {
            // Half-typed: no JSON can be described for it until it compiles.
            problems.BlockSilently("The type of body '" + name + "' does not compile");
        }
        else if (binding == ParameterBinding.Body)
        {
            string jsonName = JsonContextParser.FullNameOf(type, known);
            jsonMember = jsonTypes.MemberFor(jsonName);
            (sidProperties, nestedSids, sidTypes) = BodySids.Read(type, known);
        }
        else if (binding == ParameterBinding.Part)
        {
            (partKind, valueKind, partFileName, partContentType) = ReadPart(parameter, method, known, problems, cancellationToken);
            if (partKind == PartKind.Json)
            {
                jsonMember = jsonTypes.MemberFor(JsonContextParser.FullNameOf(type, known));
                (sidProperties, nestedSids, sidTypes) = BodySids.Read(type, known);
            }
        }
        else if (binding == ParameterBinding.HeaderCollection)
        {
            if (QueryObjects.IsStringMap(type, known))
            {
                valueKind = ValueKind.Map;
            }
            else
            {
                ReportUnsendable(problems, parameter, methodName, binding);
            }
        }
        else if (binding == ParameterBinding.Form || (binding == ParameterBinding.Query && TypeShapes.ValueKindOf(type, known) == ValueKind.None))
        {
            // A map of pairs, or an object flattened by its declared type.
            string where = binding == ParameterBinding.Form ? "form body" : "query string";
            if (QueryObjects.IsStringMap(type, known))
            {
                valueKind = ValueKind.Map;
            }
            else if (QueryObjects.IsObject(type, known))
            {
                Flattened flattened = QueryObjects.Flatten(type, escapedPrefix, namingPolicy, known);
                if (flattened.Why is string why)
                {
                    problems.Block(
                        flattened.IsCycle ? DiagnosticDescriptors.QueryObjectCycle : DiagnosticDescriptors.UnsendableQueryMember,
                        parameter.Location, methodName, name, where, flattened.Member, why);
                }
                else
                {
                    valueKind = ValueKind.Object;
                    members = flattened.Members;
                    if (binding == ParameterBinding.Query)
                    {
                        ReportSecretMembers(members, parameter.Location, methodName, problems);
                    }
                }
            }
            else
            {
                ReportUnsendable(problems, parameter, methodName, binding);
            }
        }
        else if (binding is ParameterBinding.Path or ParameterBinding.Query or ParameterBinding.Header)
        {
            valueKind = TypeShapes.ValueKindOf(type, known);
            if (!TypeShapes.Fits(binding, type, valueKind))
            {
                ReportUnsendable(problems, parameter, methodName, binding);
            }

            if (binding == ParameterBinding.Header)
            {
                CheckHeaderName(parameter, problems, cancellationToken);
                if (HeaderRules.IsContentHeader(parameter.Key) && method.Multipart is null && !method.Parameters.Any(p => p.Binding is ParameterBinding.Body or ParameterBinding.Form))
                {
                    problems.Block(
                        DiagnosticDescriptors.ContentHeaderWithoutBody,
                        AttributeArguments.LocationOf(parameter.BindingAttributes[0].Data, 0, "name", cancellationToken),
                        parameter.Key,
                        name,
                        methodName);
                }
            }
            else if (binding == ParameterBinding.Query && s_secretQueryKeys.Contains(parameter.Key!))
            {
                AttributeData query = parameter.BindingAttributes[0].Data;
                Location location = query.ConstructorArguments.Length == 1
                    ? AttributeArguments.LocationOf(query, 0, "name", cancellationToken)
                    : parameter.Location;
                problems.Report(DiagnosticDescriptors.SecretInQuery, location, parameter.Key, methodName);
            }
        }

        if (collectionFormat != 0 && valueKind is not (ValueKind.StringCollection or ValueKind.FormattableCollection))
        {
            problems.Report(
                DiagnosticDescriptors.FormatWithoutEffect,
                AttributeArguments.NamedLocationOf(parameter.BindingAttributes[0].Data, "CollectionFormat", cancellationToken),
                name,
                methodName,
                "CollectionFormat joins the elements of a collection, and this value is not one; remove it");
            collectionFormat = 0;
        }

        (string? format, EnumTextSpec? enumText) = ReadValueFormat(parameter, type, valueKind, sidPrefix, methodName, problems, known, cancellationToken);
        return new ParameterSpec(
            name, typeName, binding, valueKind, nullable, parameter.Key, sidPrefix, jsonMember, sidProperties, modifier,
            IsContentHeader: binding == ParameterBinding.Header && HeaderRules.IsContentHeader(parameter.Key),
            Format: format,
            EnumText: enumText,
            NestedSids: nestedSids,
            SidTypes: sidTypes,
            Members: members,
            CollectionFormat: collectionFormat,
            EscapedPrefix: escapedPrefix,
            IsValueType: type.IsValueType,
            PartKind: partKind,
            FileName: partFileName,
            ContentType: partContentType);
    }

    /// <summary>
    /// The declared <c>Format</c> (SPD2027 where it would never apply, SPD2028 where every call would reject it) and, for
    /// an enum without one, its JSON names.
    /// </summary>
    private static (string? Format, EnumTextSpec? EnumText) ReadValueFormat(
        ParameterDeclaration parameter,
        ITypeSymbol type,
        ValueKind valueKind,
        string? sidPrefix,
        string methodName,
        Problems problems,
        KnownSymbols known,
        CancellationToken cancellationToken)
    {
        bool formattable = valueKind is ValueKind.Formattable or ValueKind.FormattableCollection;
        ITypeSymbol valueType = valueKind == ValueKind.FormattableCollection
            ? TypeShapes.EnumerableElement(TypeShapes.UnwrapNullable(type), known.IEnumerableOfT) ?? type
            : TypeShapes.UnwrapNullable(type);
        if (parameter.Path is AttributeData path && parameter.Binding != ParameterBinding.Path)
        {
            string why = parameter.Binding switch
            {
                ParameterBinding.Query or ParameterBinding.Header => "[Path] formats a route value, but this value goes in the "
                    + (parameter.Binding == ParameterBinding.Query ? "query string" : "headers") + "; put Format on its [" + parameter.Binding + "] attribute",
                ParameterBinding.Body => "[Path] formats a route value, but this value is the body",
                _ => "[Path] formats a route value, but the route has no placeholder {" + parameter.Name + "}",
            };
            problems.Report(DiagnosticDescriptors.FormatWithoutEffect, AttributeArguments.NamedLocationOf(path, "Format", cancellationToken), parameter.Name, methodName, why);
        }

        if (parameter.Format is not string format || parameter.FormatCarrier is not AttributeData carrier)
        {
            return (null, formattable ? ValueFormats.EnumText(valueType, known) : null);
        }

        Location location = AttributeArguments.NamedLocationOf(carrier, "Format", cancellationToken);
        if (parameter.Binding is not (ParameterBinding.Path or ParameterBinding.Query or ParameterBinding.Header) || (carrier == parameter.Path && parameter.Binding != ParameterBinding.Path))
        {
            return (null, null);
        }

        if (sidPrefix is not null || !formattable || format.Length == 0)
        {
            string why = sidPrefix is not null ? "a SID is sent as written"
                : !formattable ? "a " + TypeShapes.UnwrapNullable(type).WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
                    + " is not IFormattable, so it is sent as written; remove Format"
                : "an empty Format is the default form; remove it";
            problems.Report(DiagnosticDescriptors.FormatWithoutEffect, location, parameter.Name, methodName, why);
            return (null, formattable && sidPrefix is null ? ValueFormats.EnumText(valueType, known) : null);
        }

        if (ValueFormats.WhyInvalid(valueType, format) is string invalid)
        {
            problems.Block(
                DiagnosticDescriptors.InvalidFormat,
                location,
                format,
                parameter.Name,
                methodName,
                valueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                invalid);
            return (null, null);
        }

        return (format, null);
    }

    /// <summary>
    /// SPD2022 (the prefix), SPD2024 (on a body) and SPD2023 (on a value that is not a string). Returns the prefix when
    /// the generated code can check it.
    /// </summary>
    private static string? CheckSid(ParameterDeclaration parameter, string methodName, Problems problems, CancellationToken cancellationToken)
    {
        if (parameter.Sid is not AttributeData sid || sid.AttributeConstructor is null || sid.ConstructorArguments.Length != 1)
        {
            return null;
        }

        string? prefix = parameter.SidPrefix;
        if (!SidPattern.IsValidPrefix(prefix))
        {
            problems.Block(DiagnosticDescriptors.InvalidSidPrefix, AttributeArguments.LocationOf(sid, 0, "prefix", cancellationToken), prefix ?? "null");
            return null;
        }

        if (parameter.Binding == ParameterBinding.Body)
        {
            problems.Block(
                DiagnosticDescriptors.SidOnBody, parameter.Location, parameter.Name, methodName, parameter.Symbol.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
            return null;
        }

        if (TypeShapes.UnwrapNullable(parameter.Symbol.Type).SpecialType != SpecialType.System_String)
        {
            problems.Block(
                DiagnosticDescriptors.SidOnNonString, parameter.Location, parameter.Name, parameter.Symbol.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), "string");
            return null;
        }

        return prefix;
    }

    /// <summary>SPD2019 for each member of a query object, at any depth, whose query name looks like a secret.</summary>
    private static void ReportSecretMembers(EquatableArray<QueryMemberSpec> members, Location location, string methodName, Problems problems)
    {
        foreach (QueryMemberSpec member in members)
        {
            if (member.Kind == ValueKind.Object)
            {
                ReportSecretMembers(member.Members, location, methodName, problems);
                continue;
            }

            string name = member.EscapedName.Substring(member.EscapedName.LastIndexOf('.') + 1);
            if (s_secretQueryKeys.Contains(name))
            {
                problems.Report(DiagnosticDescriptors.SecretInQuery, location, member.EscapedName, methodName);
            }
        }
    }

    /// <summary>SPD2017 (not an HTTP token) and SPD2018 (a credential passed through call sites).</summary>
    private static void CheckHeaderName(ParameterDeclaration parameter, Problems problems, CancellationToken cancellationToken)
    {
        string name = parameter.Key!;
        Location location = AttributeArguments.LocationOf(parameter.BindingAttributes[0].Data, 0, "name", cancellationToken);
        int bad = HeaderRules.FirstNonTokenCharacter(name);
        if (name.Length == 0 || bad >= 0)
        {
            string defect = name.Length == 0 ? "it is empty" : "character " + (bad + 1).ToString(CultureInfo.InvariantCulture) + " is " + Describe(name[bad]);
            problems.Block(DiagnosticDescriptors.InvalidHeaderName, location, Printable(name), parameter.Name, defect);
        }
        else if (HeaderRules.IsCredential(name))
        {
            problems.Report(DiagnosticDescriptors.CredentialHeader, location, name, "Parameter '" + parameter.Name + "'", "as a method argument");
        }
    }

    private static void ReportUnsendable(Problems problems, ParameterDeclaration parameter, string methodName, ParameterBinding binding) =>
        problems.Block(
            DiagnosticDescriptors.UnsendableType,
            parameter.Location,
            methodName,
            parameter.Name,
            parameter.Symbol.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
            binding == ParameterBinding.HeaderCollection ? "header collection" : binding.ToString().ToLowerInvariant(),
            TypeShapes.Accepted(binding));

    private static string Describe(char c) =>
        c > ' ' && c < '\u007f' ? "'" + c + "'" : c == ' ' ? "a space" : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The name with control and non-ASCII characters escaped, so a message stays on one line.</summary>
    private static string Printable(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c >= ' ' && c < '\u007f')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string RefKindText(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        _ => "ref readonly",
    };

    private static bool IsNullable(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated
        || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static string UniqueLocal(string preferred, HashSet<string> parameterNames)
    {
        string name = preferred;
        for (int i = 2; parameterNames.Contains(name); i++)
        {
            name = preferred + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>Gives each distinct JSON type a member name derived from its simple name, unique in the client.</summary>
    private sealed class JsonTypeNames
    {
        private readonly List<JsonTypeSpec> _types = new();
        private readonly HashSet<string> _members = new(System.StringComparer.Ordinal);

        public string MemberFor(string fullName)
        {
            foreach (JsonTypeSpec existing in _types)
            {
                if (existing.FullName == fullName)
                {
                    return existing.MemberName;
                }
            }

            string member = UniqueName(Identifier(fullName) + "JsonTypeInfo", _members);
            _types.Add(new JsonTypeSpec(fullName, member));
            return member;
        }

        public int Count => _types.Count;

        public EquatableArray<JsonTypeSpec> ToArray() => new(_types);

        /// <summary>Forgets the types added after the first <paramref name="count"/>.</summary>
        public void TruncateTo(int count)
        {
            for (int i = _types.Count - 1; i >= count; i--)
            {
                _members.Remove(_types[i].MemberName);
                _types.RemoveAt(i);
            }
        }

        private static string Identifier(string fullName)
        {
            string simple = fullName.Replace("global::", string.Empty);
            int generic = simple.IndexOf('<');
            string head = generic < 0 ? simple : simple.Substring(0, generic);
            int dot = head.LastIndexOf('.');
            var builder = new StringBuilder();
            foreach (char c in simple.Substring(dot + 1))
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(builder.Length == 0 ? char.ToUpperInvariant(c) : c);
                }
                else if (c == '?')
                {
                    builder.Append("Nullable");
                }
                else if (c == '[')
                {
                    builder.Append("Array");
                }
            }

            return builder.Length == 0 || char.IsDigit(builder[0]) ? "Type" + builder : builder.ToString();
        }
    }
}
