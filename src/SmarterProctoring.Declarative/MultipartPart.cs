using System;
using System.IO;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative;

/// <summary>
/// One part of a <see cref="MultipartAttribute">[Multipart]</see> body whose name, file name and content type are
/// chosen when the call is made: a stream, bytes, a file or text. Pass one (or a collection of them) as a parameter
/// of a <c>[Multipart]</c> method; its own name is used, whatever the parameter is called.
/// </summary>
/// <remarks>
/// A stream is never disposed by the call: the caller owns it, and it is read while the request is sent. A seekable
/// stream is sent from its position when the part was made, so a retried request sends it again; a stream that cannot
/// seek can be sent once.
/// </remarks>
public sealed class MultipartPart
{
    private MultipartPart(object content, string name, string? fileName, string? contentType)
    {
        if (MultipartRules.WhyInvalidPartName(name) is string badName)
        {
            throw new ArgumentException("The part cannot be made: " + badName + ".", nameof(name));
        }

        if (contentType is not null && MultipartRules.WhyInvalidMediaType(contentType) is string badType)
        {
            throw new ArgumentException("The content type of part '" + name + "' is not a media type: " + badType + ".", nameof(contentType));
        }

        Name = name;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    /// <summary>A part that sends <paramref name="content"/> from its current position to its end; the caller keeps and disposes it.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="content">The bytes to send.</param>
    /// <param name="fileName">The file name the server sees; by default the field name.</param>
    /// <param name="contentType">The media type; by default <c>application/octet-stream</c>.</param>
    public MultipartPart(string name, Stream content, string? fileName = null, string? contentType = null)
        : this(content ?? throw new ArgumentNullException(nameof(content)), name, fileName ?? name, contentType)
    {
    }

    /// <summary>A part that sends <paramref name="content"/> (a <c>byte[]</c> converts to it).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="content">The bytes to send.</param>
    /// <param name="fileName">The file name the server sees; by default the field name.</param>
    /// <param name="contentType">The media type; by default <c>application/octet-stream</c>.</param>
    public MultipartPart(string name, ReadOnlyMemory<byte> content, string? fileName = null, string? contentType = null)
        : this((object)content, name, fileName ?? name, contentType)
    {
    }

    /// <summary>A part that sends the file <paramref name="file"/>, opened when the request is sent and closed after.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="file">The file to send.</param>
    /// <param name="fileName">The file name the server sees; by default the file's own name (no directory).</param>
    /// <param name="contentType">The media type; by default <c>application/octet-stream</c>.</param>
    public MultipartPart(string name, FileInfo file, string? fileName = null, string? contentType = null)
        : this(file ?? throw new ArgumentNullException(nameof(file)), name, fileName ?? file.Name, contentType)
    {
    }

    /// <summary>A part that sends <paramref name="text"/> as UTF-8, with no file name.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="text">The text to send.</param>
    /// <param name="contentType">The media type; by default <c>text/plain; charset=utf-8</c>.</param>
    public static MultipartPart Text(string name, string text, string? contentType = null) =>
        new(text ?? throw new ArgumentNullException(nameof(text)), name, null, contentType);

    /// <summary>The field name (the <c>name</c> of its <c>Content-Disposition</c>).</summary>
    public string Name { get; }

    /// <summary>The file name the server sees, or null for a text part.</summary>
    public string? FileName { get; }

    /// <summary>The media type, or null for the part's default.</summary>
    public string? ContentType { get; }

    /// <summary>The content: a <see cref="Stream"/>, a <see cref="ReadOnlyMemory{T}"/> of bytes, a <see cref="FileInfo"/> or a string.</summary>
    internal object Content { get; }

    /// <summary>The part's name, file name and content type; never its content.</summary>
    public override string ToString() =>
        "Part '" + Name + "'" + (FileName is null ? string.Empty : " (file '" + FileName + "')") + (ContentType is null ? string.Empty : ", " + ContentType);
}
