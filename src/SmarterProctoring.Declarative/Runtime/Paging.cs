using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// Walks the pages of a <c>[Paged]</c> call: lazily (nothing is sent before the first <c>MoveNextAsync</c>), one
/// request per page, each page's items yielded as soon as that page is read, so memory holds one page at a time.
/// Every page is sent through the same <see cref="HttpClient"/>, so its handlers (authentication, resilience) see each
/// page as a call of its own, and a retry repeats one page, never the walk. Called by generated code; not meant to be
/// called by hand.
/// </summary>
/// <remarks>
/// A next link is followed only when it resolves, against the page that named it, to the client's base address:
/// the same scheme, host and port, and a path under its base path. Anything else — and a link seen earlier in the
/// same walk — stops the walk with an <see cref="ApiException"/> of kind <see cref="ApiExceptionKind.RefusedNextLink"/>
/// before anything is sent, so a server cannot send the client's credentials elsewhere or keep it walking forever.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Paging
{
    /// <summary>The items of every page, following each page's next link.</summary>
    public static IAsyncEnumerable<TItem> ItemsByNextLink<TPage, TItem>(
        RequestTarget target,
        string routeTemplate,
        string firstUri,
        Func<string, HttpRequestMessage>? createRequest,
        JsonTypeInfo<TPage> pageTypeInfo,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> next,
        CancellationToken cancellationToken) =>
        new ItemWalk<TPage, TItem>(PagesByNextLink(target, routeTemplate, firstUri, createRequest, pageTypeInfo, next, cancellationToken), items, cancellationToken);

    /// <summary>Every page, following each page's next link.</summary>
    public static IAsyncEnumerable<TPage> PagesByNextLink<TPage>(
        RequestTarget target,
        string routeTemplate,
        string firstUri,
        Func<string, HttpRequestMessage>? createRequest,
        JsonTypeInfo<TPage> pageTypeInfo,
        Func<TPage, string?> next,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new Walk<TPage>(target, routeTemplate, createRequest, pageTypeInfo).ByNextLink(firstUri, next, cancellationToken, default);
    }

    /// <summary>
    /// The items of every page, by offset: the first page at <paramref name="firstOffset"/> (null sends none), each
    /// next one at the offset plus the items received so far; the walk stops on an empty page, or once the offset
    /// reaches the page's total when <paramref name="total"/> reads one.
    /// </summary>
    public static IAsyncEnumerable<TItem> ItemsByOffset<TPage, TItem>(
        RequestTarget target,
        string routeTemplate,
        long? firstOffset,
        Func<long?, string> uriAt,
        Func<string, HttpRequestMessage>? createRequest,
        JsonTypeInfo<TPage> pageTypeInfo,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, long?>? total,
        CancellationToken cancellationToken) =>
        new ItemWalk<TPage, TItem>(PagesByOffset(target, routeTemplate, firstOffset, uriAt, createRequest, pageTypeInfo, items, total, cancellationToken), items, cancellationToken);

    /// <summary>Every page, by offset (see <see cref="ItemsByOffset{TPage, TItem}"/>).</summary>
    public static IAsyncEnumerable<TPage> PagesByOffset<TPage, TItem>(
        RequestTarget target,
        string routeTemplate,
        long? firstOffset,
        Func<long?, string> uriAt,
        Func<string, HttpRequestMessage>? createRequest,
        JsonTypeInfo<TPage> pageTypeInfo,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, long?>? total,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var walk = new Walk<TPage>(target, routeTemplate, createRequest, pageTypeInfo);
        return walk.ByOffset(firstOffset, uriAt, page => Count(items(page)), total, cancellationToken, default);
    }

    /// <summary>
    /// The items of a page walk. An item of a page already read is handed out without an await, so a walk costs one
    /// request per page and next to nothing per item; either token cancels between items as well as between pages.
    /// </summary>
    private sealed class ItemWalk<TPage, TItem>(IAsyncEnumerable<TPage> pages, Func<TPage, IEnumerable<TItem>?> items, CancellationToken callToken)
        : IAsyncEnumerable<TItem>
    {
        public IAsyncEnumerator<TItem> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            new Enumerator(pages.GetAsyncEnumerator(cancellationToken), items, callToken, cancellationToken);

        private sealed class Enumerator(
            IAsyncEnumerator<TPage> pages, Func<TPage, IEnumerable<TItem>?> items, CancellationToken callToken, CancellationToken enumeratorToken)
            : IAsyncEnumerator<TItem>
        {
            private IReadOnlyList<TItem>? _list;
            private int _index;
            private IEnumerator<TItem>? _other;
            private bool _done;
            private TItem _current = default!;

            public TItem Current => _current;

            public ValueTask<bool> MoveNextAsync()
            {
                if (callToken.IsCancellationRequested || enumeratorToken.IsCancellationRequested)
                {
                    return ValueTask.FromCanceled<bool>(callToken.IsCancellationRequested ? callToken : enumeratorToken);
                }

                if (TryTake())
                {
                    return new ValueTask<bool>(true);
                }

                return _done ? new ValueTask<bool>(false) : NextPageAsync();
            }

            /// <summary>The next item of the page in hand, if it has one left.</summary>
            private bool TryTake()
            {
                if (_list is not null)
                {
                    if (_index < _list.Count)
                    {
                        _current = _list[_index++];
                        return true;
                    }

                    _list = null;
                }
                else if (_other is not null)
                {
                    if (_other.MoveNext())
                    {
                        _current = _other.Current;
                        return true;
                    }

                    _other.Dispose();
                    _other = null;
                }

                return false;
            }

            private async ValueTask<bool> NextPageAsync()
            {
                while (await pages.MoveNextAsync().ConfigureAwait(false))
                {
                    switch (items(pages.Current))
                    {
                        case IReadOnlyList<TItem> list:
                            _list = list;
                            _index = 0;
                            break;
                        case IEnumerable<TItem> received:
                            _other = received.GetEnumerator();
                            break;
                        default:
                            continue;
                    }

                    if (TryTake())
                    {
                        return true;
                    }
                }

                _done = true;
                return false;
            }

            public ValueTask DisposeAsync()
            {
                _done = true;
                _list = null;
                _other?.Dispose();
                _other = null;
                return pages.DisposeAsync();
            }
        }
    }

    private static int Count<TItem>(IEnumerable<TItem>? items)
    {
        if (items is null)
        {
            return 0;
        }

        if (items is IReadOnlyCollection<TItem> collection)
        {
            return collection.Count;
        }

        int count = 0;
        foreach (TItem unused in items)
        {
            count++;
        }

        return count;
    }

    private sealed class Walk<TPage>(RequestTarget target, string routeTemplate, Func<string, HttpRequestMessage>? createRequest, JsonTypeInfo<TPage> pageTypeInfo)
    {
        public async IAsyncEnumerable<TPage> ByNextLink(
            string firstUri, Func<TPage, string?> next, CancellationToken callToken, [EnumeratorCancellation] CancellationToken enumeratorToken)
        {
            using CancellationTokenSource? linked = EnumerationTokens.Link(callToken, enumeratorToken, out CancellationToken cancellationToken);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string uri = firstUri;
            for (int number = 1; ; number++)
            {
                (TPage page, string? link, Uri? requestUri, HttpResponseMessage response, HttpRequestMessage request) =
                    await FetchAsync(uri, number, next, cancellationToken).ConfigureAwait(false);
                using (request)
                using (response)
                {
                    if (requestUri is not null)
                    {
                        seen.Add(requestUri.AbsoluteUri);
                    }

                    if (string.IsNullOrEmpty(link))
                    {
                        yield return page;
                        yield break;
                    }

                    string? refused = Resolve(requestUri, link, seen, out string resolved);
                    if (refused is not null)
                    {
                        // The page itself was read; its items are the caller's before the walk stops.
                        yield return page;
                        throw ApiException.ForRefusedNextLink(request, response, routeTemplate, number, link, refused);
                    }

                    uri = resolved;
                }

                yield return page;
            }
        }

        public async IAsyncEnumerable<TPage> ByOffset(
            long? firstOffset,
            Func<long?, string> uriAt,
            Func<TPage, int> count,
            Func<TPage, long?>? total,
            CancellationToken callToken,
            [EnumeratorCancellation] CancellationToken enumeratorToken)
        {
            using CancellationTokenSource? linked = EnumerationTokens.Link(callToken, enumeratorToken, out CancellationToken cancellationToken);
            long? offset = firstOffset;
            for (int number = 1; ; number++)
            {
                (TPage page, _, _, HttpResponseMessage response, HttpRequestMessage request) =
                    await FetchAsync(uriAt(offset), number, next: null, cancellationToken).ConfigureAwait(false);
                request.Dispose();
                response.Dispose();
                int received = count(page);
                if (received == 0)
                {
                    // An empty page ends the walk; it is a page all the same, for a caller who asked for pages.
                    yield return page;
                    yield break;
                }

                yield return page;
                offset = (offset ?? 0) + received;
                if (total?.Invoke(page) is long known && offset >= known)
                {
                    yield break;
                }
            }
        }

        private async Task<(TPage Page, string? Next, Uri? RequestUri, HttpResponseMessage Response, HttpRequestMessage Request)> FetchAsync(
            string uri, int number, Func<TPage, string?>? next, CancellationToken cancellationToken)
        {
            // A walk cancelled between pages sends nothing more.
            cancellationToken.ThrowIfCancellationRequested();
            HttpRequestMessage request = createRequest?.Invoke(uri) ?? new HttpRequestMessage(HttpMethod.Get, uri);
            HttpResponseMessage? response = null;
            try
            {
                response = await target.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                TPage page = await ResponseReader.ReadJsonAsync(request, response, routeTemplate, pageTypeInfo, cancellationToken).ConfigureAwait(false);
                return (page, next?.Invoke(page), request.RequestUri, response, request);
            }
            catch (ApiException exception)
            {
                Dispose(request, response);
                throw exception.ForPage(number);
            }
            catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
            {
                Dispose(request, response);
                string message = ApiException.DescribePage(number, request.Method.Method, routeTemplate) + exception.Message
                    + (exception.Message.Contains("Request URI:", StringComparison.Ordinal) ? string.Empty : ApiException.DescribeUri(request));
                throw new HttpRequestException(exception.HttpRequestError, message, exception, exception.StatusCode);
            }
            catch
            {
                Dispose(request, response);
                throw;
            }
        }

        private static void Dispose(HttpRequestMessage request, HttpResponseMessage? response)
        {
            response?.Dispose();
            request.Dispose();
        }

        /// <summary>Why <paramref name="link"/> is not followed, or null with the absolute URI it names.</summary>
        private string? Resolve(Uri? current, string link, HashSet<string> seen, out string resolved)
        {
            resolved = string.Empty;
            Uri? baseUri = target.HttpClient.BaseAddress;
            if (current is null || !current.IsAbsoluteUri || baseUri is null || !baseUri.IsAbsoluteUri)
            {
                return "the client has no absolute base address to check it against";
            }

            if (!Uri.TryCreate(current, link, out Uri? next) || !next.IsAbsoluteUri)
            {
                return "it is not a URI";
            }

            if (Uri.Compare(next, baseUri, UriComponents.SchemeAndServer | UriComponents.UserInfo, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return "it leaves the client's base address " + baseUri.GetLeftPart(UriPartial.Authority)
                    + " (only links to the same scheme, host and port are followed)";
            }

            ReadOnlySpan<char> basePath = baseUri.AbsolutePath.AsSpan().TrimEnd('/');
            ReadOnlySpan<char> path = next.AbsolutePath;
            if (basePath.Length > 0
                && !(path.StartsWith(basePath, StringComparison.Ordinal) && (path.Length == basePath.Length || path[basePath.Length] == '/')))
            {
                return "it leaves the client's base path " + basePath.ToString() + "/";
            }

            if (RefusedSegment(path) is string segment)
            {
                return "its path has a '" + segment + "' segment";
            }

            if (!seen.Add(next.AbsoluteUri))
            {
                return "an earlier page of this walk named it, so following it would loop";
            }

            resolved = next.AbsoluteUri;
            return null;
        }

        /// <summary>
        /// The first segment of an escaped path that is, once unescaped, <c>.</c> or <c>..</c> or holds a slash or
        /// backslash; null when there is none. Only a segment with a dot, a percent sign or a backslash is unescaped.
        /// </summary>
        private static string? RefusedSegment(ReadOnlySpan<char> path)
        {
            while (!path.IsEmpty)
            {
                int slash = path.IndexOf('/');
                ReadOnlySpan<char> segment = slash < 0 ? path : path[..slash];
                path = slash < 0 ? default : path[(slash + 1)..];
                if (segment.IndexOfAny('.', '%', '\\') < 0)
                {
                    continue;
                }

                string text = Uri.UnescapeDataString(segment.ToString());
                if (text is "." or ".." || text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
                {
                    return text;
                }
            }

            return null;
        }
    }
}
