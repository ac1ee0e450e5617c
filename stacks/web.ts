/**
 * The React SPA (web/), built with the API and WebSocket URLs and served from a private S3 bucket
 * through CloudFront (origin access control), with the security headers of functions/web-headers.ts,
 * HTTPS only and access logs. The bucket and the distribution are made here, not by SST's
 * StaticSite (which would use a legacy origin access identity and send no headers); StaticSite
 * builds, uploads and invalidates.
 */
import {
  contentSecurityPolicy,
  HSTS_MAX_AGE_SECONDS,
  PERMISSIONS_POLICY,
} from "@helios/functions/web-headers";
import { Duration, Fn, RemovalPolicy } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { type StackContext, StaticSite, use } from "sst/constructs";
import { Api } from "./api";
import { isProductionStage, logRetention } from "./defaults";
import { suppress } from "./nag";
import { Realtime } from "./realtime";

/** `https://host/stage` → `https://host`: CSP sources name origins. */
const originOf = (url: string, scheme: string) => `${scheme}://${Fn.select(2, Fn.split("/", url))}`;

export function Web({ app, stack }: StackContext) {
  const { api } = use(Api);
  const { ws } = use(Realtime);
  const apiUrl = api.customDomainUrl ?? api.url;
  const wsUrl = ws.customDomainUrl ?? ws.url;
  const disposable = !isProductionStage(app.stage);
  const removal = disposable
    ? { removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true }
    : { removalPolicy: RemovalPolicy.RETAIN };

  const logs = new Bucket(stack, "AccessLogs", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    // CloudFront writes its standard logs with an ACL.
    objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [{ expiration: Duration.days(logRetention()) }],
    ...removal,
  });
  suppress(logs, [["S1", "This is the access-log bucket: logging its own access would loop."]]);

  const bucket = new Bucket(stack, "SiteBucket", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: logs,
    serverAccessLogsPrefix: "site-bucket/",
    ...removal,
  });

  const headers = new ResponseHeadersPolicy(stack, "SecurityHeaders", {
    comment: "Helios web app: CSP, HSTS, nosniff, no framing, no referrer",
    securityHeadersBehavior: {
      contentSecurityPolicy: {
        contentSecurityPolicy: contentSecurityPolicy([
          originOf(apiUrl, "https"),
          originOf(wsUrl, "wss"),
        ]),
        override: true,
      },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.NO_REFERRER,
        override: true,
      },
    },
    customHeadersBehavior: {
      customHeaders: [
        { header: "Permissions-Policy", value: PERMISSIONS_POLICY, override: true },
        { header: "Cross-Origin-Opener-Policy", value: "same-origin", override: true },
      ],
    },
  });

  const distribution = new Distribution(stack, "Cdn", {
    comment: `${app.stage} Helios web app`,
    defaultRootObject: "index.html",
    defaultBehavior: {
      origin: S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: headers,
      compress: true,
    },
    // Client-side routing: a path the bucket does not have is the app's.
    errorResponses: [403, 404].map((httpStatus) => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: "/index.html",
      ttl: Duration.seconds(0),
    })),
    // Applies with a custom domain's certificate; the default one is CloudFront's (see nag.ts).
    minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
    httpVersion: HttpVersion.HTTP2_AND_3,
    priceClass: PriceClass.PRICE_CLASS_100,
    enableLogging: true,
    logBucket: logs,
    logFilePrefix: "cdn/",
  });
  suppress(distribution, [
    [
      "CFR4",
      "The site is served on CloudFront's default *.cloudfront.net certificate, whose security policy CloudFront fixes (TLSv1); with a custom domain the distribution requires TLSv1.2_2021 (minimumProtocolVersion).",
    ],
  ]);

  const site = new StaticSite(stack, "Site", {
    path: "web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    environment: { VITE_API_URL: apiUrl, VITE_WS_URL: wsUrl },
    // SST writes an ImportMetaEnv declaration for these; web/src declares its own, so keep SST's
    // copy under .sst/ (relative to `path`) instead of web/src/sst-env.d.ts.
    vite: { types: "../.sst/types/web-env.d.ts" },
    cdk: { bucket, distribution },
  });

  stack.addOutputs({ SiteUrl: `https://${distribution.distributionDomainName}` });
  return { site, distribution, bucket };
}
