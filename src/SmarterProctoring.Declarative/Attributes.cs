using System;

namespace SmarterProctoring.Declarative;

/// <summary>Base of the verb attributes: marks an interface method as an HTTP call to a route template.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class HttpMethodAttribute : Attribute
{
    /// <summary>Creates the attribute for a route template such as <c>/v1/installs/{installSid}</c>.</summary>
    protected HttpMethodAttribute(string route)
    {
        Route = route;
    }

    /// <summary>
    /// The route template: an absolute path of literal text and <c>{name}</c> placeholders, each bound to the
    /// method parameter of that name. The query string comes from <see cref="QueryAttribute"/> parameters.
    /// </summary>
    public string Route { get; }

    /// <summary>The HTTP method name, such as <c>PUT</c>.</summary>
    public abstract string Method { get; }
}

/// <summary>An HTTP GET to <see cref="HttpMethodAttribute.Route"/>.</summary>
public sealed class GetAttribute(string route) : HttpMethodAttribute(route)
{
    /// <inheritdoc />
    public override string Method => "GET";
}

/// <summary>An HTTP POST to <see cref="HttpMethodAttribute.Route"/>.</summary>
public sealed class PostAttribute(string route) : HttpMethodAttribute(route)
{
    /// <inheritdoc />
    public override string Method => "POST";
}

/// <summary>An HTTP PUT to <see cref="HttpMethodAttribute.Route"/>.</summary>
public sealed class PutAttribute(string route) : HttpMethodAttribute(route)
{
    /// <inheritdoc />
    public override string Method => "PUT";
}

/// <summary>An HTTP PATCH to <see cref="HttpMethodAttribute.Route"/>.</summary>
public sealed class PatchAttribute(string route) : HttpMethodAttribute(route)
{
    /// <inheritdoc />
    public override string Method => "PATCH";
}

/// <summary>An HTTP DELETE to <see cref="HttpMethodAttribute.Route"/>.</summary>
public sealed class DeleteAttribute(string route) : HttpMethodAttribute(route)
{
    /// <inheritdoc />
    public override string Method => "DELETE";
}

/// <summary>
/// Constrains a string parameter to a SID: <paramref name="prefix"/> followed by 32 lowercase hexadecimal
/// characters (<c>^AI[a-f0-9]{32}$</c> for <c>[Sid("AI")]</c>). The generated client checks it before sending.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class SidAttribute(string prefix) : Attribute
{
    /// <summary>The two uppercase letters every valid value starts with.</summary>
    public string Prefix { get; } = prefix;
}

/// <summary>Sends the parameter as the JSON request body.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class BodyAttribute : Attribute
{
}

/// <summary>
/// Sends the parameter in the query string, under its own name or under <see cref="Name"/>. A null value is left
/// out; a collection is sent as one <c>name=value</c> pair per element.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class QueryAttribute : Attribute
{
    /// <summary>Sends the parameter under its own name.</summary>
    public QueryAttribute()
    {
    }

    /// <summary>Sends the parameter under <paramref name="name"/>.</summary>
    public QueryAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The query-string key, or null for the parameter's name.</summary>
    public string? Name { get; }
}

/// <summary>Sends the parameter as the request header <see cref="Name"/>; a null value is left out.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class HeaderAttribute(string name) : Attribute
{
    /// <summary>The header name.</summary>
    public string Name { get; } = name;
}

/// <summary>
/// Names the <c>System.Text.Json.Serialization.JsonSerializerContext</c> whose metadata the generated client uses
/// to write request bodies and read responses.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class JsonContextAttribute(Type contextType) : Attribute
{
    /// <summary>The context type; it must derive from <c>JsonSerializerContext</c>.</summary>
    public Type ContextType { get; } = contextType;
}

/// <summary>
/// Marks a call as safe to repeat: sending it twice has the same effect as sending it once. GET, PUT and DELETE
/// are idempotent by HTTP's definition; mark a POST or PATCH with this attribute when the API makes it so (for
/// example a provisioning call keyed by identifiers), and retry policies may then repeat it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class IdempotentAttribute : Attribute
{
}
