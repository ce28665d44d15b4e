using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// The first middleware of the sandbox: records every request and applies the next queued <see cref="Fault"/> that
/// matches it. Faults that damage an answer run the endpoint into a buffer first, so what was stored is exactly what a
/// healthy request would have stored.
/// </summary>
internal sealed class FaultInjection(SandboxFaults faults, RequestLog log, TimeProvider timeProvider)
{
    private const int ChunkSize = 64 * 1024;

    private static readonly byte[] s_spaces = CreateChunk((byte)' ');
    private static readonly byte[] s_letters = CreateChunk((byte)'x');

    private static readonly byte[] s_maintenancePage = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Down for maintenance</h1>"
        + "<p>Please try again later.</p></body></html>");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        string method = context.Request.Method;
        SandboxFaultRegistration? registration = faults.Take(method);
        string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        log.Add(new SandboxRequest(method, target, timeProvider.GetUtcNow(), registration?.Fault));
        if (registration is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await ApplyAsync(context, next, registration).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away in the middle of the fault, which is what most faults are for.
        }
    }

    private static async Task ApplyAsync(HttpContext context, RequestDelegate next, SandboxFaultRegistration registration)
    {
        Fault fault = registration.Fault;
        HttpResponse response = context.Response;
        switch (fault.Kind)
        {
            case FaultKind.Status:
                registration.MarkApplied();
                if (fault.RetryAfter is TimeSpan wait)
                {
                    response.Headers.RetryAfter = Fault.RetryAfterSeconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await ApiError.WriteAsync(context, fault.StatusCode, ApiError.SandboxFault,
                    "The sandbox injected a " + fault.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " (" + ReasonPhrases.GetReasonPhrase(fault.StatusCode) + ").").ConfigureAwait(false);
                return;

            case FaultKind.WrongContentType:
                registration.MarkApplied();
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = "text/html; charset=utf-8";
                response.ContentLength = s_maintenancePage.Length;
                await response.Body.WriteAsync(s_maintenancePage, context.RequestAborted).ConfigureAwait(false);
                return;

            case FaultKind.OversizedBody:
                registration.MarkApplied();
                await WriteOversizedAsync(context, fault).ConfigureAwait(false);
                return;

            case FaultKind.DelayHeaders:
                registration.MarkApplied();
                await Task.Delay(fault.Duration, context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                return;

            default:
                byte[] body = await HandleIntoBufferAsync(context, next).ConfigureAwait(false);
                await DamageAsync(context, registration, body).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>Runs the endpoint with the response body going to a buffer; status and headers stay unsent.</summary>
    private static async Task<byte[]> HandleIntoBufferAsync(HttpContext context, RequestDelegate next)
    {
        Stream original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer.ToArray();
    }

    private static async Task DamageAsync(HttpContext context, SandboxFaultRegistration registration, byte[] body)
    {
        Fault fault = registration.Fault;
        HttpResponse response = context.Response;
        Stream output = response.Body;
        int half = body.Length / 2;
        switch (fault.Kind)
        {
            case FaultKind.CloseConnection:
                registration.MarkApplied();
                context.Abort();
                return;

            case FaultKind.CloseConnectionMidBody:
                response.ContentLength = body.Length;
                await output.WriteAsync(body.AsMemory(0, half), context.RequestAborted).ConfigureAwait(false);
                await output.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                registration.MarkApplied();

                // Ending the response short of its Content-Length makes the server close the connection after what
                // was flushed has gone out; Abort() here could discard the flushed half before it left.
                return;

            case FaultKind.StallBody:
                response.ContentLength = body.Length;
                await output.WriteAsync(body.AsMemory(0, half), context.RequestAborted).ConfigureAwait(false);
                await output.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                registration.MarkApplied();
                await Task.Delay(fault.Duration, context.RequestAborted).ConfigureAwait(false);
                await output.WriteAsync(body.AsMemory(half), context.RequestAborted).ConfigureAwait(false);
                return;

            case FaultKind.MalformedJson:
                registration.MarkApplied();
                response.ContentLength = half;
                await output.WriteAsync(body.AsMemory(0, half), context.RequestAborted).ConfigureAwait(false);
                return;

            case FaultKind.EmptyBody:
                registration.MarkApplied();
                response.ContentLength = 0;
                return;

            case FaultKind.WhitespacePadding:
                registration.MarkApplied();
                response.ContentLength = fault.Size + body.Length;
                await WriteRepeatedAsync(context, s_spaces, fault.Size).ConfigureAwait(false);
                await output.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
                return;

            default:
                throw new InvalidOperationException("Unknown fault " + fault.Kind + ".");
        }
    }

    private static async Task WriteOversizedAsync(HttpContext context, Fault fault)
    {
        byte[] start = "{\"padding\":\""u8.ToArray();
        byte[] end = "\"}"u8.ToArray();
        HttpResponse response = context.Response;
        response.StatusCode = fault.StatusCode;
        response.ContentType = "application/json";
        response.ContentLength = fault.Size;
        await response.Body.WriteAsync(start, context.RequestAborted).ConfigureAwait(false);
        await WriteRepeatedAsync(context, s_letters, fault.Size - start.Length - end.Length).ConfigureAwait(false);
        await response.Body.WriteAsync(end, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="count"/> bytes from one shared chunk, so a huge body costs no memory here.</summary>
    private static async Task WriteRepeatedAsync(HttpContext context, byte[] chunk, long count)
    {
        while (count > 0)
        {
            int length = (int)Math.Min(chunk.Length, count);
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, length), context.RequestAborted).ConfigureAwait(false);
            count -= length;
        }
    }

    private static byte[] CreateChunk(byte value)
    {
        byte[] chunk = new byte[ChunkSize];
        Array.Fill(chunk, value);
        return chunk;
    }
}
