using UnionHub.Api.Features.Distributions;
using UnionHub.Api.Features.Enterprises;
using UnionHub.Api.Features.Bargaining;
using UnionHub.Api.Features.Demo;
using UnionHub.Api.Features.Funds;
using UnionHub.Api.Features.Hardship;
using UnionHub.Api.Features.GroupBuys;
using UnionHub.Api.Features.Identity;
using UnionHub.Api.Features.LegalAid;
using UnionHub.Api.Features.Merchants;
using UnionHub.Api.Features.Notifications;
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
builder.AddNotificationsFeature();
builder.AddLegalAidFeature();
builder.AddHardshipFeature();
builder.AddDemoSeed();

var app = builder.Build();
app.UsePlatform();
app.UseClientApps();
app.MapIdentity();
app.MapMerchants();
app.MapMembers();
app.MapFunds();
app.MapHardship();
app.MapPerks();
app.MapPrivacy();
app.MapStats();
app.MapEnterprises();
app.MapDistributions();
app.MapGroupBuys();
app.MapNotifications();
app.MapBargaining();
app.MapLegalAid();
app.Run();

/// <summary>Entry point; public so that integration tests can host it.</summary>
public partial class Program;
