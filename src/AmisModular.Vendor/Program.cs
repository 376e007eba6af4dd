using AmisModular.Vendor.Cli;

return VendorApp.Run(args);
