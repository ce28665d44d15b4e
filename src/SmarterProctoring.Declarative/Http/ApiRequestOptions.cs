using System;
using System.Net.Http;

namespace SmarterProctoring.Declarative.Http;

/// <summary>What generated calls record on their <see cref="HttpRequestMessage.Options"/> for handlers to read.</summary>
public static class ApiRequestOptions
{
    /// <summary>Set to true on requests of methods marked <see cref="IdempotentAttribute"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> IsIdempotent = new("SmarterProctoring.Declarative.IsIdempotent");

    /// <summary>
    /// True when repeating <paramref name="request"/> is safe: its method is idempotent by HTTP's definition
    /// (GET, HEAD, OPTIONS, PUT, DELETE, TRACE), or its call is marked <see cref="IdempotentAttribute"/>.
    /// </summary>
    public static bool IsRepeatable(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        HttpMethod method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace)
        {
            return true;
        }

        return request.Options.TryGetValue(IsIdempotent, out bool marked) && marked;
    }
}
