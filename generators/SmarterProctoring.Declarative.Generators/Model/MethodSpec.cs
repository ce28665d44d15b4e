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
    string? Problem)
{
    /// <summary>True when the call reads or writes JSON.</summary>
    public bool UsesJson => Result is not null || Parameters.Any(p => p.Binding == ParameterBinding.Body);
}

/// <summary>The HTTP verbs the declaration attributes name.</summary>
internal enum HttpVerb
{
    Get,
    Post,
    Put,
    Patch,
    Delete,
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
    Unsupported,
}

/// <summary>The type a call reads from a successful body.</summary>
/// <param name="FullName">The fully qualified type without a nullable-reference annotation.</param>
/// <param name="IsNullable">True when the declaration admits null (<c>T?</c>).</param>
/// <param name="JsonMember">The generated member that holds its JSON metadata.</param>
internal sealed record ResultSpec(string FullName, bool IsNullable, string JsonMember);

/// <summary>A literal run of the route, or a placeholder bound to the parameter at <paramref name="ParameterIndex"/>.</summary>
internal sealed record RoutePartSpec(string? Literal, int ParameterIndex);
