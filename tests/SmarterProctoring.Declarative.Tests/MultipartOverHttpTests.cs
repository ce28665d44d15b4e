using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>A multipart upload over a real socket to ASP.NET Core, which parses it with its own form reader.</summary>
public sealed class MultipartOverHttpTests
{
    private static readonly string Exam = string.Concat("EX", "0123456789abcdef0123456789abcdef");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_upload_reaches_an_ASP_NET_Core_form_reader_part_for_part(bool seekable)
    {
        const long size = 5L * 1024 * 1024;
        var received = new List<string>();
        await using WebApplication server = await StartAsync(async context =>
        {
            IFormCollection form = await context.Request.ReadFormAsync();
            received.Add("chunked=" + (context.Request.ContentLength is null));
            foreach (IFormFile file in form.Files)
            {
                await using Stream content = file.OpenReadStream();
                long total = 0;
                bool pattern = true;
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer)) > 0)
                {
                    for (int i = 0; i < read && file.Name == "file"; i++)
                    {
                        pattern &= buffer[i] == (byte)((total + i) % 251);
                    }

                    total += read;
                }

                received.Add($"file {file.Name} {file.FileName} {file.ContentType} {total} {pattern}");
            }

            foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> field in form)
            {
                received.Add($"field {field.Key}={field.Value}");
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"u1\"}");
        });

        string address = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        IUploadsApi api = IUploadsApi.Create(client);
        using var stream = new GeneratedStream(size, seekable);

        Upload upload = await api.UploadAsync(stream, [1, 2, 3], new UploadMetadata { ExamSid = Exam, Title = "T" }, "résumé ✓");

        Assert.Equal("u1", upload.Id);
        Assert.Equal(
            [
                "chunked=" + !seekable,
                $"file file file application/octet-stream {size} True",
                "file other report.pdf application/pdf 3 True",
                "field meta={\"examSid\":\"" + Exam + "\",\"title\":\"T\"}",
                "field description=résumé ✓",
            ],
            received);
        Assert.False(stream.IsDisposed);
    }

    private static async Task<WebApplication> StartAsync(RequestDelegate handler)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.MapPost("/v1/files", handler);
        await app.StartAsync();
        return app;
    }
}
