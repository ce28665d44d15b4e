using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SmarterProctoring.Sandbox;

/// <summary>The error codes the API documents, and its error body: <c>{"code":"…","message":"…","status":N}</c>.</summary>
internal static class ApiError
{
    public const string AuthenticationFailed = "AUTHENTICATIONFAILED";
    public const string InvalidInput = "INVALIDINPUT";
    public const string ResourceNotFound = "RESOURCENOTFOUND";

    /// <summary>The API documents no code for 405; this one follows the style of the documented codes.</summary>
    public const string MethodNotAllowed = "METHODNOTALLOWED";

    /// <summary>The code of an error the sandbox was told to inject (<see cref="Fault.Status"/>); never a real API code.</summary>
    public const string SandboxFault = "SANDBOXFAULT";

    public static Task WriteAsync(HttpContext context, int statusCode, string code, string message) =>
        JsonResponse.WriteAsync(context, statusCode, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteNumber("status", statusCode);
            writer.WriteEndObject();
        });
}
