using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// The <c>token</c> header check every sandbox endpoint runs. The messages say what is wrong with the token, never
/// what was received: a token is a secret.
/// </summary>
internal sealed class RequestToken(string token)
{
    private const string HeaderName = "token";

    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    /// <summary>Answers 403 <c>AUTHENTICATIONFAILED</c> and returns false unless the request carries the token.</summary>
    public async Task<bool> CheckAsync(HttpContext context)
    {
        StringValues tokens = context.Request.Headers[HeaderName];
        if (tokens.Count == 0)
        {
            await ApiError.WriteAsync(context, StatusCodes.Status403Forbidden, ApiError.AuthenticationFailed,
                "The token header is missing.").ConfigureAwait(false);
            return false;
        }

        if (tokens.Count != 1 || !IsValid(tokens[0]))
        {
            await ApiError.WriteAsync(context, StatusCodes.Status403Forbidden, ApiError.AuthenticationFailed,
                "The token is not valid or has expired.").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private bool IsValid(string? received) =>
        received is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), _token);
}
