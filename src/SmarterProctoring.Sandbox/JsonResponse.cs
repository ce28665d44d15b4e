using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// Writes JSON responses by hand with <see cref="Utf8JsonWriter"/>, which keeps every response path free of
/// reflection-based serialization (the sandbox is linked into a Native-AOT CLI).
/// </summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
