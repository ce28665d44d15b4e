using System.Linq;

namespace SmarterProctoring.Declarative.Generators.Model;

/// <summary>One interface method and the HTTP call it declares.</summary>
/// <param name="Name">The method name.</param>
/// <param name="DeclaringInterface">The fully qualified interface that declares it (for the explicit implementation).</param>
/// <param name="HttpMethod">The verb, or null when the method has no verb attribute (or more than one).</param>
/// <param name="RouteTemplate">The route template as written.</param>
/// <param name="RouteParts">The template's literal runs and placeholders, in order; empty when it is invalid.</param>
/// <param name="ReturnShape">What the method returns.</param>
/// <param name="ReturnType">The fully qualified declared return type.</param>
/// <param name="Result">The type read from the body, or null when nothing is read.</param>
/// <param name="TypeParameters">The type parameter list (<c>&lt;T&gt;</c>) of a generic method, or empty.</param>
/// <param name="Parameters">The parameters in declaration order.</param>
/// <param name="RouteConstantName">The name of the generated constant that holds the route template.</param>
/// <param name="RequestLocal">A local name for the request that no parameter uses.</param>
/// <param name="ResponseLocal">A local name for the response that no parameter uses.</param>
/// <param name="UriLocal">A local name for the URI builder that no parameter uses.</param>
/// <param name="IsMarkedIdempotent">True when the method carries <c>[Idempotent]</c>.</param>
/// <param name="Problem">Why the call cannot be generated (the diagnostics say so too), or null.</param>
/// <param name="Paged">The walk of a <c>[Paged]</c> call, or null.</param>
/// <param name="ErrorBodies">The <c>[ErrorBody]</c> types, in the order they are tried (the method's first).</param>
/// <param name="LinkLocal">A lambda parameter name, for the URI of a request made later, that no parameter uses.</param>
/// <param name="StaticHeaders">The <c>[Headers]</c> constants that apply, the interface's and the method's merged.</param>
/// <param name="TimeoutMilliseconds">The <c>[Timeout]</c> of the call in milliseconds, or 0 for none.</param>
/// <param name="IsMultipart">True when the method carries <c>[Multipart]</c>: its parts make the body.</param>
/// <param name="Boundary">The declared multipart boundary, or null for a random one.</param>
internal sealed record MethodSpec(
    string Name,
    string DeclaringInterface,
    HttpVerb? HttpMethod,
    string RouteTemplate,
    EquatableArray<RoutePartSpec> RouteParts,
    ReturnShape ReturnShape,
    string ReturnType,
    ResultSpec? Result,
    string TypeParameters,
    EquatableArray<ParameterSpec> Parameters,
    string RouteConstantName,
    string RequestLocal,
    string ResponseLocal,
    string UriLocal,
    bool IsMarkedIdempotent,
    string? Problem,
    PagedSpec? Paged = null,
    string LinkLocal = "link",
    EquatableArray<ErrorBodySpec> ErrorBodies = default,
    EquatableArray<StaticHeaderSpec> StaticHeaders = default,
    int TimeoutMilliseconds = 0,
    bool IsMultipart = false,
    string? Boundary = null)
{
    /// <summary>True when the call reads or writes JSON.</summary>
    public bool UsesJson =>
        Result is { Kind: ResultKind.Json } || Parameters.Any(p => p.Binding == ParameterBinding.Body || p.PartKind == PartKind.Json) || ErrorBodies.Count > 0;
}

/// <summary>The HTTP verbs the declaration attributes name.</summary>
internal enum HttpVerb
{
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
    Options,
}

/// <summary>The return types a declared call may have.</summary>
internal enum ReturnShape
{
    Task,
    TaskOfResult,
    TaskOfApiResponse,
    ValueTask,
    ValueTaskOfResult,
    ValueTaskOfApiResponse,

    /// <summary><c>IAsyncEnumerable&lt;T&gt;</c>: a streamed body, or the pages of a <c>[Paged]</c> walk.</summary>
    AsyncEnumerable,
    Unsupported,
}

/// <summary>How a declared result is read from a successful body.</summary>
internal enum ResultKind
{
    None,

    /// <summary>JSON, through the client's metadata.</summary>
    Json,

    /// <summary>A string: the value of a JSON string when the response is JSON, the decoded text otherwise.</summary>
    Text,

    /// <summary>A byte array: the body's bytes.</summary>
    Bytes,

    /// <summary>A Stream that owns the response, unbuffered.</summary>
    Stream,

    /// <summary>The HttpResponseMessage itself, unread and never checked for its status.</summary>
    Response,
}

/// <summary>The type a call reads from a successful body.</summary>
/// <param name="FullName">The fully qualified type without a nullable-reference annotation.</param>
/// <param name="IsNullable">True when the declaration admits null (<c>T?</c>).</param>
/// <param name="JsonMember">The generated member that holds its JSON metadata (empty when it is not read as JSON).</param>
/// <param name="Kind">How it is read.</param>
internal sealed record ResultSpec(string FullName, bool IsNullable, string JsonMember, ResultKind Kind = ResultKind.Json);

/// <summary>The walk of a <c>[Paged]</c> call.</summary>
/// <param name="PageType">The fully qualified page type.</param>
/// <param name="PageJsonMember">The generated member that holds the page's JSON metadata.</param>
/// <param name="ItemType">The fully qualified element type of the page's items.</param>
/// <param name="Items">The page member that holds the items.</param>
/// <param name="Next">The page member that links to the next page, or null for an offset walk.</param>
/// <param name="NextIsUri">True when <paramref name="Next"/> is a <c>Uri</c> rather than a string.</param>
/// <param name="Total">The page member that counts all items, or null.</param>
/// <param name="OffsetParameter">The index of the <c>[PageOffset]</c> parameter, or -1 for a next-link walk.</param>
/// <param name="YieldsPages">True when the method yields whole pages rather than their items.</param>
/// <param name="PageLocal">A lambda parameter name for a page that no parameter uses.</param>
/// <param name="OffsetLocal">A lambda parameter name for an offset that no parameter uses.</param>
internal sealed record PagedSpec(
    string PageType,
    string PageJsonMember,
    string ItemType,
    string Items,
    string? Next,
    bool NextIsUri,
    string? Total,
    int OffsetParameter,
    bool YieldsPages,
    string PageLocal,
    string OffsetLocal);

/// <summary>A literal run of the route, or a placeholder bound to the parameter at <paramref name="ParameterIndex"/>.</summary>
internal sealed record RoutePartSpec(string? Literal, int ParameterIndex);

/// <summary>A constant header of <c>[Headers]</c>; a content header goes on the body.</summary>
internal sealed record StaticHeaderSpec(string Name, string Value, bool IsContent);

/// <summary>An error body type: read for <paramref name="Status"/> (0 for any unsuccessful status).</summary>
internal sealed record ErrorBodySpec(int Status, string TypeName, string JsonMember);
