using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// Endpoints that are not part of the SmarterProctoring API, served only when
/// <see cref="SmarterProctoringSandboxOptions.EnableTestEndpoints"/> is set: an echo for hostile-input tests and a call
/// counter for retry tests, a paged list in the API's envelope and a streamed body for paging and streaming tests.
/// All check the <c>token</c> header like the API does.
/// </summary>
internal sealed class TestEndpoints(RequestToken token)
{
    public const string EchoPrefix = "/v1/echo/";
    public const string EchoRoute = EchoPrefix + "{**path}";
    public const string CallsRoute = "/v1/test/calls";
    public const string PagesRoute = "/v1/test/pages";
    public const string StreamRoute = "/v1/test/stream";

    /// <summary>How many items the paged list holds.</summary>
    public const int PagedItems = 250;

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

    /// <summary>
    /// <c>GET /v1/test/pages?offset=&amp;limit=</c>: <see cref="PagedItems"/> items (<c>{"name":"item-N","count":N}</c>)
    /// in the API's list envelope, <c>{ total, first, next, prev, last, count, offset, results }</c>, whose links are
    /// relative to the host, as the documented ones are; <c>next</c> is null on the last page.
    /// </summary>
    public async Task PagesAsync(HttpContext context)
    {
        if (!await token.CheckAsync(context).ConfigureAwait(false))
        {
            return;
        }

        int offset = Math.Clamp(ReadInt(context, "offset", 0), 0, PagedItems);
        int limit = Math.Clamp(ReadInt(context, "limit", 100), 1, 100);
        int count = Math.Min(limit, PagedItems - offset);
        string Link(int at) => PagesRoute + "?offset=" + at.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "&limit=" + limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", PagedItems);
            writer.WriteString("first", Link(0));
            if (offset + count < PagedItems)
            {
                writer.WriteString("next", Link(offset + count));
            }
            else
            {
                writer.WriteNull("next");
            }

            writer.WriteString("prev", offset == 0 ? null : Link(Math.Max(0, offset - limit)));
            writer.WriteString("last", Link((PagedItems - 1) / limit * limit));
            writer.WriteNumber("count", count);
            writer.WriteNumber("offset", offset);
            writer.WriteStartArray("results");
            for (int i = offset; i < offset + count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("name", "item-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteNumber("count", i);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>GET /v1/test/stream?format=ndjson|sse|json&amp;count=N</c>: N items (at most 100,000) written and flushed as
    /// they go, as JSON Lines, server-sent events or one JSON array; <c>&amp;cut=K</c> ends the connection abruptly
    /// after item K.
    /// </summary>
    public async Task StreamAsync(HttpContext context)
    {
        if (!await token.CheckAsync(context).ConfigureAwait(false))
        {
            return;
        }

        string format = context.Request.Query["format"].ToString();
        int count = Math.Clamp(ReadInt(context, "count", 10), 0, 100_000);
        int cut = ReadInt(context, "cut", -1);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = format switch
        {
            "sse" => "text/event-stream",
            "json" => "application/json",
            _ => "application/x-ndjson",
        };
        var body = new System.Text.StringBuilder();
        if (format == "json")
        {
            body.Append('[');
        }

        for (int i = 0; i < count; i++)
        {
            string item = "{\"name\":\"item-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\",\"count\":"
                + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
            body.Append(format switch
            {
                "sse" => "data: " + item + "\n\n",
                "json" => (i == 0 ? string.Empty : ",") + item,
                _ => item + "\n",
            });
            if (i == cut)
            {
                await context.Response.WriteAsync(body.ToString(), context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

                // Let the items reach the client before the reset, as a connection that breaks mid-stream does: a reset
                // sent at once can discard what the client has not read yet.
                await Task.Delay(250, context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                return;
            }

            if (body.Length > 8192)
            {
                await context.Response.WriteAsync(body.ToString(), context.RequestAborted).ConfigureAwait(false);
                body.Clear();
            }
        }

        if (format == "json")
        {
            body.Append(']');
        }

        await context.Response.WriteAsync(body.ToString(), context.RequestAborted).ConfigureAwait(false);
    }

    private static int ReadInt(HttpContext context, string name, int fallback) =>
        int.TryParse(context.Request.Query[name].ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value)
            ? value
            : fallback;
}
