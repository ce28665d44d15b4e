using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// Endpoints that are not part of the SmarterProctoring API, served only when
/// <see cref="SmarterProctoringSandboxOptions.EnableTestEndpoints"/> is set: an echo for hostile-input tests and a call
/// counter for retry tests. Both check the <c>token</c> header like the API does.
/// </summary>
internal sealed class TestEndpoints(RequestToken token)
{
    public const string EchoPrefix = "/v1/echo/";
    public const string EchoRoute = EchoPrefix + "{**path}";
    public const string CallsRoute = "/v1/test/calls";

    private long _callCount;

    public long CallCount => Interlocked.Read(ref _callCount);

    /// <summary>
    /// <c>GET /v1/echo/…</c>: the request target as sent, the path segments after <c>/v1/echo/</c> and the query pairs,
    /// each percent-decoded (RFC 3986: <c>+</c> stays <c>+</c>) from the raw target, so no server-side normalisation
    /// stands between what the client sent and what the test sees.
    /// </summary>
    public async Task EchoAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET";
            await ApiError.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ApiError.MethodNotAllowed,
                "The echo endpoint supports only GET.").ConfigureAwait(false);
            return;
        }

        if (!await token.CheckAsync(context).ConfigureAwait(false))
        {
            return;
        }

        string target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        int queryStart = target.IndexOf('?', StringComparison.Ordinal);
        string path = queryStart < 0 ? target : target[..queryStart];
        string query = queryStart < 0 ? string.Empty : target[(queryStart + 1)..];
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("target", target);
            writer.WriteStartArray("segments");
            if (path.StartsWith(EchoPrefix, StringComparison.Ordinal))
            {
                foreach (string segment in path[EchoPrefix.Length..].Split('/'))
                {
                    writer.WriteStringValue(Uri.UnescapeDataString(segment));
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray("query");
            foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = pair.IndexOf('=', StringComparison.Ordinal);
                writer.WriteStartObject();
                writer.WriteString("name", Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]));
                if (equals < 0)
                {
                    writer.WriteNull("value");
                }
                else
                {
                    writer.WriteString("value", Uri.UnescapeDataString(pair[(equals + 1)..]));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>/v1/test/calls</c>: <c>POST</c>, <c>PUT</c>, <c>PATCH</c> and <c>DELETE</c> each count one call;
    /// <c>GET</c> only reads the count. Answers <c>{"count":N,"method":"POST"}</c>.
    /// </summary>
    public async Task CallsAsync(HttpContext context)
    {
        string method = context.Request.Method;
        bool counts = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
        if (!counts && !HttpMethods.IsGet(method))
        {
            context.Response.Headers.Allow = "GET, POST, PUT, PATCH, DELETE";
            await ApiError.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ApiError.MethodNotAllowed,
                "The call counter supports GET, POST, PUT, PATCH and DELETE.").ConfigureAwait(false);
            return;
        }

        if (!await token.CheckAsync(context).ConfigureAwait(false))
        {
            return;
        }

        long count = counts ? Interlocked.Increment(ref _callCount) : CallCount;
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", count);
            writer.WriteString("method", method);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }
}
