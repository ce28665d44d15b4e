using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// <c>GET</c> (Get Configuration) and <c>PUT</c> (Update Configuration) on one exam configuration, checking a request
/// in the order the remarks on <see cref="SmarterProctoringSandbox"/> give.
/// </summary>
internal sealed class ExamConfigurationEndpoint(ExamConfigurationStore store, RequestToken token)
{
    public const string Route =
        "/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}";

    public async Task HandleAsync(HttpContext context)
    {
        string method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPut(method))
        {
            context.Response.Headers.Allow = "GET, PUT";
            await ApiError.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, ApiError.MethodNotAllowed,
                "An exam configuration supports only GET and PUT.").ConfigureAwait(false);
            return;
        }

        if (!await token.CheckAsync(context).ConfigureAwait(false))
        {
            return;
        }

        if (!TryReadSids(context, out SeededExamConfiguration? sids, out string? sidError))
        {
            await ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, ApiError.InvalidInput, sidError)
                .ConfigureAwait(false);
            return;
        }

        if (!store.TryGet(sids, out StoredExamConfiguration? configuration))
        {
            await ApiError.WriteAsync(context, StatusCodes.Status404NotFound, ApiError.ResourceNotFound,
                "Exam configuration " + sids.ExamConfigurationSid + " was not found.").ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPut(method))
        {
            await UpdateAsync(context, sids).ConfigureAwait(false);
            return;
        }

        await WriteConfigurationAsync(context, configuration).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context, SeededExamConfiguration sids)
    {
        // The API's known errors have no 415; a server that does not parse a non-JSON body reports it as invalid input.
        if (!context.Request.HasJsonContentType())
        {
            await ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, ApiError.InvalidInput,
                "Content-Type must be application/json.").ConfigureAwait(false);
            return;
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            await ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, ApiError.InvalidInput,
                "The request body is not valid JSON.").ConfigureAwait(false);
            return;
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                await ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, ApiError.InvalidInput,
                    "The request body must be a JSON object.").ConfigureAwait(false);
                return;
            }

            if (!store.TryUpdate(sids, body.RootElement, out StoredExamConfiguration? updated, out string? error))
            {
                await ApiError.WriteAsync(context, StatusCodes.Status400BadRequest, ApiError.InvalidInput, error)
                    .ConfigureAwait(false);
                return;
            }

            await WriteConfigurationAsync(context, updated).ConfigureAwait(false);
        }
    }

    private static bool TryReadSids(
        HttpContext context, [NotNullWhen(true)] out SeededExamConfiguration? sids, [NotNullWhen(false)] out string? error)
    {
        sids = null;
        if (!TryReadSid(context, "installSid", Sid.Install, out string? installSid, out error)
            || !TryReadSid(context, "courseSid", Sid.Course, out string? courseSid, out error)
            || !TryReadSid(context, "examSid", Sid.Exam, out string? examSid, out error)
            || !TryReadSid(context, "examConfigurationSid", Sid.ExamConfiguration, out string? examConfigurationSid, out error))
        {
            return false;
        }

        sids = new SeededExamConfiguration(installSid, courseSid, examSid, examConfigurationSid);
        return true;
    }

    private static bool TryReadSid(
        HttpContext context, string name, string prefix, [NotNullWhen(true)] out string? sid, [NotNullWhen(false)] out string? error)
    {
        sid = context.GetRouteValue(name) as string;
        if (Sid.IsValid(sid, prefix))
        {
            error = null;
            return true;
        }

        sid = null;
        error = name + " must match " + Sid.Pattern(prefix) + ".";
        return false;
    }

    private static Task WriteConfigurationAsync(HttpContext context, StoredExamConfiguration configuration) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, writer => ExamConfigurationJson.Write(writer, configuration));
}
