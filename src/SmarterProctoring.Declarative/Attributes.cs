using System;
using System.Collections.Generic;

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
/// An HTTP HEAD to <see cref="HttpMethodAttribute.Route"/>: the status and headers of a GET without its body, so the
/// method returns <c>Task</c>, <c>Task&lt;ApiResponse&gt;</c> or <c>Task&lt;HttpResponseMessage&gt;</c>.
/// </summary>
public sealed class HeadAttribute(string route) : HttpMethodAttribute(route)
{
    /// <inheritdoc />
    public override string Method => "HEAD";
}

/// <summary>An HTTP OPTIONS to <see cref="HttpMethodAttribute.Route"/>.</summary>
public sealed class OptionsAttribute(string route) : HttpMethodAttribute(route)
{
    /// <inheritdoc />
    public override string Method => "OPTIONS";
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
/// Sends the parameter as an <c>application/x-www-form-urlencoded</c> body with its length: an object flattened by
/// its declared type (the names its JSON would have, nested objects as <c>parent.child</c>, nulls left out), or a
/// collection of name/value pairs (a dictionary, or <c>IEnumerable&lt;KeyValuePair&lt;string, string&gt;&gt;</c>).
/// Names and values are escaped as the query string's are.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FormAttribute : Attribute
{
}

/// <summary>
/// Sends a <c>multipart/form-data</c> body made of the method's parts: every parameter that is not in the route and
/// has no other binding (<c>[Query]</c>, <c>[Header]</c>…) is a part named after it, and <see cref="PartAttribute">[Part]</see>
/// names one or gives it a file name and content type. A <c>Stream</c>, <c>byte[]</c>, <c>ReadOnlyMemory&lt;byte&gt;</c>
/// or <c>FileInfo</c> is a file part, a string or a number a text part, a <see cref="MultipartPart"/> describes itself,
/// anything else is a JSON part. Parts stream as the request is sent; a caller's stream is never disposed.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class MultipartAttribute : Attribute
{
    /// <summary>Separates the parts with a random boundary, new for each request.</summary>
    public MultipartAttribute()
    {
    }

    /// <summary>Separates the parts with <paramref name="boundary"/> (RFC 2046: 1–70 letters, digits and <c>'()+_,-./:=?</c> or spaces).</summary>
    public MultipartAttribute(string boundary)
    {
        Boundary = boundary;
    }

    /// <summary>The boundary, or null for a random one.</summary>
    public string? Boundary { get; }
}

/// <summary>
/// Names a part of a <see cref="MultipartAttribute">[Multipart]</see> body (the parameter's name without one) and
/// optionally gives it a file name and a content type. Without <see cref="FileName"/>, a stream or bytes part carries
/// its field name as its file name and a <c>FileInfo</c> its own; a text or JSON part carries none.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PartAttribute : Attribute
{
    /// <summary>Names the part after the parameter.</summary>
    public PartAttribute()
    {
    }

    /// <summary>Names the part <paramref name="name"/>.</summary>
    public PartAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The field name, or null for the parameter's name.</summary>
    public string? Name { get; }

    /// <summary>The file name the server sees (written safely quoted), or null for the default.</summary>
    public string? FileName { get; set; }

    /// <summary>The media type, such as <c>application/pdf</c>, or null for the default of the part's type.</summary>
    public string? ContentType { get; set; }
}

/// <summary>
/// Copies the parameter into the request's <see cref="System.Net.Http.HttpRequestMessage.Options"/> under
/// <see cref="Key"/> (the parameter's name without one), typed as declared, for the handlers to read with
/// <c>new HttpRequestOptionsKey&lt;T&gt;(key)</c>. Nothing is sent: the value stays in the process.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PropertyAttribute : Attribute
{
    /// <summary>Stores the value under the parameter's name.</summary>
    public PropertyAttribute()
    {
    }

    /// <summary>Stores the value under <paramref name="key"/>.</summary>
    public PropertyAttribute(string key)
    {
        Key = key;
    }

    /// <summary>The options key, or null for the parameter's name.</summary>
    public string? Key { get; }
}

/// <summary>
/// Bounds the whole call — sending, the answer's headers and reading its body — by <see cref="Seconds"/>, on top of
/// the caller's token and the client's own timeout. When it runs out the call fails as <see cref="System.Net.Http.HttpClient.Timeout"/>
/// does: a <see cref="System.Threading.Tasks.TaskCanceledException"/> whose inner exception is a
/// <see cref="TimeoutException"/>. A <c>Stream</c> or <c>HttpResponseMessage</c> result is bounded until it is
/// returned; its body is the caller's to read.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TimeoutAttribute(double seconds) : Attribute
{
    /// <summary>The longest the call may take, in seconds; positive.</summary>
    public double Seconds { get; } = seconds;
}

/// <summary>How a collection is written in a query string or form body.</summary>
public enum QueryCollectionFormat
{
    /// <summary>One pair per element: <c>ids=a&amp;ids=b</c>.</summary>
    Multi,

    /// <summary>One pair, the elements separated by commas: <c>ids=a,b</c> (a comma inside an element is escaped).</summary>
    Csv,

    /// <summary>One pair, the elements separated by spaces: <c>ids=a%20b</c>.</summary>
    Ssv,

    /// <summary>One pair, the elements separated by tabs: <c>ids=a%09b</c>.</summary>
    Tsv,

    /// <summary>One pair, the elements separated by vertical bars: <c>ids=a%7Cb</c>.</summary>
    Pipes,
}

/// <summary>
/// Sends the parameter in the query string, under its own name or under <see cref="Name"/>. A null value is left
/// out; a collection is sent as one <c>name=value</c> pair per element (or joined, by <see cref="CollectionFormat"/>).
/// An object is flattened by its declared type: each public readable property under the name its JSON would have
/// (<c>[JsonPropertyName]</c>, the naming policy, <c>[JsonIgnore]</c>), nested objects as <c>parent.child</c>, nulls
/// left out; with a <see cref="Name"/>, every name starts with <c>Name.</c>. A dictionary of strings adds its pairs.
/// On a property of a query object, <see cref="Name"/>, <see cref="Format"/> and <see cref="CollectionFormat"/> apply
/// to that property.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
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

    /// <summary>
    /// The format of the value (<c>"yyyy-MM-dd"</c>, <c>"D4"</c>), applied with the invariant culture to a number, date,
    /// <c>Guid</c> or other <c>IFormattable</c> value, and to each element of a collection of them. Without it the value
    /// is written in its ISO-8601 or invariant form.
    /// </summary>
    public string? Format { get; set; }

    /// <summary>How a collection is written: one pair per element (the default), or one pair with the elements joined.</summary>
    public QueryCollectionFormat CollectionFormat { get; set; }
}

/// <summary>
/// Constant headers, each written <c>"Name: value"</c>, sent with every call of the interface or method it marks. A
/// method's header replaces the interface's of the same name, and a <c>[Header]</c> parameter replaces both. A header
/// that describes the body (<c>Content-Type</c>…) goes on the body. Names must be HTTP tokens and values one line;
/// a credential (<c>token</c>, <c>Authorization</c>) in source is warned about.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class HeadersAttribute(params string[] headers) : Attribute
{
    /// <summary>The headers, each <c>"Name: value"</c>.</summary>
    public IReadOnlyList<string> Headers { get; } = headers;
}

/// <summary>
/// Sends each pair of the parameter (a dictionary of strings, or a collection of <c>KeyValuePair&lt;string, string&gt;</c>)
/// as a request header, replacing a header of its name set by the declaration; null values are left out. Names are
/// checked to be HTTP tokens and values to be one line, at run time. A credential header (<c>token</c>,
/// <c>Authorization</c>…) is refused: the client's authentication sets it, and a collection never replaces it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class HeaderCollectionAttribute : Attribute
{
}

/// <summary>Sends the parameter as the request header <see cref="Name"/>; a null value is left out.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class HeaderAttribute(string name) : Attribute
{
    /// <summary>The header name.</summary>
    public string Name { get; } = name;

    /// <summary>
    /// The format of the value (<c>"R"</c>, <c>"yyyy-MM-dd"</c>), applied with the invariant culture to a number, date,
    /// <c>Guid</c> or other <c>IFormattable</c> value. Without it the value is written in its ISO-8601 or invariant form.
    /// </summary>
    public string? Format { get; set; }
}

/// <summary>
/// Marks a parameter bound to a route placeholder of its name, to give its value a <see cref="Format"/>. A route
/// parameter needs no attribute otherwise: a parameter named like a placeholder goes into the path.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PathAttribute : Attribute
{
    /// <summary>
    /// The format of the value (<c>"yyyy-MM-dd"</c>, <c>"D4"</c>), applied with the invariant culture to a number, date,
    /// <c>Guid</c> or other <c>IFormattable</c> value before it is percent-encoded.
    /// </summary>
    public string? Format { get; set; }
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

/// <summary>
/// Options of the JSON context the generator writes for an interface that names none with
/// <see cref="JsonContextAttribute"/>; the names and meanings are those of System.Text.Json's
/// <c>JsonSourceGenerationOptionsAttribute</c>, which cannot be placed on an interface. Without this attribute the
/// context uses camelCase names and leaves null members out when writing.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class JsonContextOptionsAttribute : Attribute
{
    /// <summary>How property names are written; camelCase when not set.</summary>
    public System.Text.Json.Serialization.JsonKnownNamingPolicy PropertyNamingPolicy { get; set; }

    /// <summary>How dictionary keys are written.</summary>
    public System.Text.Json.Serialization.JsonKnownNamingPolicy DictionaryKeyPolicy { get; set; }

    /// <summary>Which members are left out when writing; <c>WhenWritingNull</c> when not set.</summary>
    public System.Text.Json.Serialization.JsonIgnoreCondition DefaultIgnoreCondition { get; set; }

    /// <summary>How numbers are read and written.</summary>
    public System.Text.Json.Serialization.JsonNumberHandling NumberHandling { get; set; }

    /// <summary>Whether property names are matched case-insensitively when reading.</summary>
    public bool PropertyNameCaseInsensitive { get; set; }

    /// <summary>Whether read-only properties are left out when writing.</summary>
    public bool IgnoreReadOnlyProperties { get; set; }

    /// <summary>Whether a trailing comma is accepted when reading.</summary>
    public bool AllowTrailingCommas { get; set; }

    /// <summary>Whether JSON is written indented.</summary>
    public bool WriteIndented { get; set; }

    /// <summary>The maximum depth when reading and writing; 64 when 0.</summary>
    public int MaxDepth { get; set; }

    /// <summary>
    /// Whether nullable annotations are enforced when reading and writing (System.Text.Json 9 and later; the
    /// default there for a project with nullable reference types enabled).
    /// </summary>
    public bool RespectNullableAnnotations { get; set; }

    /// <summary>Whether constructor parameters without a default value are required (System.Text.Json 9 and later).</summary>
    public bool RespectRequiredConstructorParameters { get; set; }
}

/// <summary>
/// Makes a GET returning <c>IAsyncEnumerable&lt;T&gt;</c> walk a paged list: each answer is read as
/// <see cref="PageType"/>, and the walk yields the items of its <see cref="Items"/> collection (when <c>T</c> is their
/// element type) or the pages themselves (when <c>T</c> is the page type). It follows <see cref="Next"/> links, or —
/// with a <see cref="PageOffsetAttribute"/> parameter — asks for each next offset until a page is empty or the
/// offset reaches <see cref="Total"/>. Nothing is sent before the first item is asked for.
/// </summary>
/// <param name="pageType">The type of one answer, such as <c>typeof(Page&lt;Thing&gt;)</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PagedAttribute(Type pageType) : Attribute
{
    /// <summary>The type of one answer.</summary>
    public Type PageType { get; } = pageType;

    /// <summary>The page's property (or field) that holds its items: a collection of the method's element type.</summary>
    public string? Items { get; set; }

    /// <summary>
    /// The page's property (a <c>string</c> or <c>Uri</c>) that links to the next page, absolute or relative; null or
    /// empty ends the walk. Only links under the client's base address are followed.
    /// </summary>
    public string? Next { get; set; }

    /// <summary>
    /// With a <see cref="PageOffsetAttribute"/> parameter: the page's integer property that counts every item of the
    /// list; the walk stops when the offset reaches it. Without it, the walk stops on the first empty page.
    /// </summary>
    public string? Total { get; set; }
}

/// <summary>
/// Marks the integer <see cref="QueryAttribute"/> parameter of a <see cref="PagedAttribute"/> call that says where a
/// page starts: the first page is asked for at the value passed, each next one at that value plus the items received.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PageOffsetAttribute : Attribute
{
}

/// <summary>
/// Reads the body of a non-2xx answer as <see cref="ErrorType"/>, for <see cref="ApiException.Error"/> and
/// <see cref="ApiException.TryGetError{T}"/>. On an interface it applies to every call; on a method it wins over the
/// interface's. With <see cref="Status"/> it applies to that status only, and wins over one without.
/// </summary>
/// <param name="errorType">The type of the error body, read with the client's JSON metadata.</param>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ErrorBodyAttribute(Type errorType) : Attribute
{
    /// <summary>The type of the error body.</summary>
    public Type ErrorType { get; } = errorType;

    /// <summary>The status (400–599) this type is read for; 0, the default, for every unsuccessful status.</summary>
    public int Status { get; set; }
}
