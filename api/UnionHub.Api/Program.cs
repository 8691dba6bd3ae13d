using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Features.LegalAid;
using UnionHub.Api.Features.Merchants;
using UnionHub.Api.Features.Members;
using UnionHub.Api.Features.Perks;
using UnionHub.Api.Features.Stats;
using UnionHub.Api.Features.Privacy;
using UnionHub.Api.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddIdentityFeature();
builder.AddMerchantsFeature();
builder.AddPerksFeature();
builder.AddLegalAidFeature();

var app = builder.Build();
app.UsePlatform();
app.UseClientApps();
app.MapIdentity();
app.MapMerchants();
app.MapMembers();
app.MapFunds();
app.MapPerks();
app.MapPrivacy();
app.MapStats();
app.MapLegalAid();
app.Run();

/// <summary>Entry point; public so that integration tests can host it.</summary>
public partial class Program;
