// The local cloud runs on Node 20, where the AWS SDK prints a multi-line "upgrade Node" warning at
// load; Lambda runs Node 22. Imported first so it is set before any SDK module loads.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
