using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Declarative.Http;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>
/// An echoed credential is masked before the body is cut, so no part of it survives at the cut, and it is found in
/// the forms a JSON writer gives it as well as as it was sent.
/// </summary>
public sealed class RedactionTests
{
    // '/' and '+' are the characters JSON writers escape: '\/' in some, '\u002B' in System.Text.Json's default encoder.
    private const string Token = "Zq9/Lm+Wx7/Rt4+Kp2/Vn8+Hs5/Jd3+Qc6";
    private const int Cut = ApiException.MaxContentBytes;
    private const string Prefix = "{\"name\":\"";

    /// <summary>The token as sent, as System.Text.Json writes it in a string, and with both characters escaped the other way.</summary>
    private static readonly string[] TokenForms =
    [
        Token,
        JsonEncodedText.Encode(Token).Value,
        Token.Replace("/", "\\/", StringComparison.Ordinal).Replace("+", "\\u002b", StringComparison.Ordinal),
    ];

    public static TheoryData<string> Forms()
    {
        var data = new TheoryData<string>();
        foreach (string form in TokenForms)
        {
            data.Add(form);
        }

        return data;
    }

    public static TheoryData<string, HttpStatusCode> FormsAndStatuses()
    {
        var data = new TheoryData<string, HttpStatusCode>();
        foreach (string form in TokenForms)
        {
            // An error status keeps the body it read; a 2xx body that is not the declared type keeps what it recorded.
            data.Add(form, HttpStatusCode.InternalServerError);
            data.Add(form, HttpStatusCode.OK);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormsAndStatuses))]
    public async Task A_token_echoed_at_any_offset_around_the_cut_leaves_no_part_of_itself_in_the_exception(string form, HttpStatusCode status)
    {
        var echo = new Echo(status);
        ITestApi api = CreateApi(echo);

        for (int offset = Cut - 60; offset <= Cut + 60; offset++)
        {
            // An unterminated JSON string, so a 2xx body is read to its end before it is found unreadable.
            echo.Body = Prefix + new string('a', offset - Prefix.Length) + form + new string('a', 600);

            ApiException exception = await Assert.ThrowsAsync<ApiException>(() => api.FindAsync());

            string where = "With the token at " + offset + ", ";
            AssertNoPartOfTheToken(exception.Content, where + "Content");
            AssertNoPartOfTheToken(exception.Message, where + "Message");
            AssertNoPartOfTheToken(exception.ToString(), where + "ToString()");

            // Not vacuous: the text reaches the cut, and a token that starts before it is masked rather than dropped.
            Assert.True(exception.IsContentTruncated, where + "the content is not truncated");
            Assert.StartsWith(Prefix + "aaaa", exception.Content, StringComparison.Ordinal);
            Assert.Equal(offset < Cut, exception.Content!.Contains("***", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_token_echoed_in_a_JSON_error_message_is_masked_whatever_its_escaping(string form)
    {
        var echo = new Echo(HttpStatusCode.Forbidden) { Body = "{\"code\":\"AUTHENTICATIONFAILED\",\"message\":\"bad token " + form + "\"}" };

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => CreateApi(echo).FindAsync());

        AssertNoPartOfTheToken(exception.Content, "Content");
        AssertNoPartOfTheToken(exception.Message, "Message");
        AssertNoPartOfTheToken(exception.ToString(), "ToString()");
        Assert.Equal("bad token ***", exception.ErrorMessage);
    }

    [Fact]
    public async Task A_body_that_breaks_off_inside_the_token_has_the_beginning_of_the_token_masked()
    {
        var handler = new BreaksOff(HttpStatusCode.Unauthorized, "rejected: " + Token.Substring(0, 20));

        ApiException exception = await Assert.ThrowsAsync<ApiException>(() => CreateApi(handler).FindAsync());

        Assert.Equal("rejected: ***", exception.Content);
    }

    private static ITestApi CreateApi(HttpMessageHandler server)
    {
        var auth = new HeaderAuthenticationHandler("token", _ => ValueTask.FromResult(Token)) { InnerHandler = server };
        return ITestApi.Create(new HttpClient(auth) { BaseAddress = TestData.BaseAddress });
    }

    /// <summary>Fails when <paramref name="text"/> holds any 8 consecutive characters of any form of the token.</summary>
    private static void AssertNoPartOfTheToken(string? text, string where)
    {
        Assert.NotNull(text);
        foreach (string form in TokenForms)
        {
            for (int i = 0; i + 8 <= form.Length; i++)
            {
                ReadOnlySpan<char> run = form.AsSpan(i, 8);
                if (text.AsSpan().Contains(run, StringComparison.Ordinal))
                {
                    Assert.Fail(where + " contains \"" + run.ToString() + "\" of the token: " + text);
                }
            }
        }
    }

    /// <summary>Answers every request with the same status and <see cref="Body"/>.</summary>
    private sealed class Echo(HttpStatusCode status) : HttpMessageHandler
    {
        public string Body { get; set; } = string.Empty;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(Body, Encoding.UTF8, "application/json") });
    }

    /// <summary>Answers with a body whose connection breaks after <c>text</c>.</summary>
    private sealed class BreaksOff(HttpStatusCode status, string text) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StreamContent(new BreakingStream(Encoding.UTF8.GetBytes(text))) });

        private sealed class BreakingStream(byte[] bytes) : Stream
        {
            private bool _sent;

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                if (_sent)
                {
                    throw new IOException("The connection was reset.");
                }

                _sent = true;
                bytes.CopyTo(buffer);
                return ValueTask.FromResult(bytes.Length);
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
