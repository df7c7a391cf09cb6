// https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface BlobObjectConfig extends cdktf.TerraformMetaArguments {
  /**
  * The cache max-age, in seconds, to apply to the uploaded object.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object#cache_control_max_age BlobObject#cache_control_max_age}
  */
  readonly cacheControlMaxAge?: number;
  /**
  * The content type to store on the object. When omitted, Vercel infers it from the pathname.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object#content_type BlobObject#content_type}
  */
  readonly contentType?: string;
  /**
  * The pathname to upload within the Blob store.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object#pathname BlobObject#pathname}
  */
  readonly pathname: string;
  /**
  * The local filesystem path to the file that should be uploaded.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object#source BlobObject#source}
  */
  readonly source: string;
  /**
  * The ID of the Blob store that should contain the object.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object#store_id BlobObject#store_id}
  */
  readonly storeId: string;
  /**
  * The ID of the team that owns the Blob store. Required when configuring a team resource if a default team has not been set in the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object#team_id BlobObject#team_id}
  */
  readonly teamId?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object vercel_blob_object}
*/
export class BlobObject extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vercel_blob_object";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a BlobObject resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the BlobObject to import
  * @param importFromId The id of the existing BlobObject that should be imported. Refer to the {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the BlobObject to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "vercel_blob_object", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vercel/vercel/5.10.0/docs/resources/blob_object vercel_blob_object} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options BlobObjectConfig
  */
  public constructor(scope: Construct, id: string, config: BlobObjectConfig) {
    super(scope, id, {
      terraformResourceType: 'vercel_blob_object',
      terraformGeneratorMetadata: {
        providerName: 'vercel',
        providerVersion: '5.10.0',
        providerVersionConstraint: '= 5.10.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._cacheControlMaxAge = config.cacheControlMaxAge;
    this._contentType = config.contentType;
    this._pathname = config.pathname;
    this._source = config.source;
    this._storeId = config.storeId;
    this._teamId = config.teamId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cache_control - computed: true, optional: false, required: false
  public get cacheControl() {
    return this.getStringAttribute('cache_control');
  }

  // cache_control_max_age - computed: true, optional: true, required: false
  private _cacheControlMaxAge?: number; 
  public get cacheControlMaxAge() {
    return this.getNumberAttribute('cache_control_max_age');
  }
  public set cacheControlMaxAge(value: number) {
    this._cacheControlMaxAge = value;
  }
  public resetCacheControlMaxAge() {
    this._cacheControlMaxAge = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheControlMaxAgeInput() {
    return this._cacheControlMaxAge;
  }

  // content_disposition - computed: true, optional: false, required: false
  public get contentDisposition() {
    return this.getStringAttribute('content_disposition');
  }

  // content_type - computed: true, optional: true, required: false
  private _contentType?: string; 
  public get contentType() {
    return this.getStringAttribute('content_type');
  }
  public set contentType(value: string) {
    this._contentType = value;
  }
  public resetContentType() {
    this._contentType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contentTypeInput() {
    return this._contentType;
  }

  // download_url - computed: true, optional: false, required: false
  public get downloadUrl() {
    return this.getStringAttribute('download_url');
  }

  // etag - computed: true, optional: false, required: false
  public get etag() {
    return this.getStringAttribute('etag');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // pathname - computed: false, optional: false, required: true
  private _pathname?: string; 
  public get pathname() {
    return this.getStringAttribute('pathname');
  }
  public set pathname(value: string) {
    this._pathname = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathnameInput() {
    return this._pathname;
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getNumberAttribute('size');
  }

  // source - computed: false, optional: false, required: true
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }

  // source_sha256 - computed: true, optional: false, required: false
  public get sourceSha256() {
    return this.getStringAttribute('source_sha256');
  }

  // store_id - computed: false, optional: false, required: true
  private _storeId?: string; 
  public get storeId() {
    return this.getStringAttribute('store_id');
  }
  public set storeId(value: string) {
    this._storeId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get storeIdInput() {
    return this._storeId;
  }

  // team_id - computed: true, optional: true, required: false
  private _teamId?: string; 
  public get teamId() {
    return this.getStringAttribute('team_id');
  }
  public set teamId(value: string) {
    this._teamId = value;
  }
  public resetTeamId() {
    this._teamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get teamIdInput() {
    return this._teamId;
  }

  // uploaded_at - computed: true, optional: false, required: false
  public get uploadedAt() {
    return this.getStringAttribute('uploaded_at');
  }

  // url - computed: true, optional: false, required: false
  public get url() {
    return this.getStringAttribute('url');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cache_control_max_age: cdktf.numberToTerraform(this._cacheControlMaxAge),
      content_type: cdktf.stringToTerraform(this._contentType),
      pathname: cdktf.stringToTerraform(this._pathname),
      source: cdktf.stringToTerraform(this._source),
      store_id: cdktf.stringToTerraform(this._storeId),
      team_id: cdktf.stringToTerraform(this._teamId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cache_control_max_age: {
        value: cdktf.numberToHclTerraform(this._cacheControlMaxAge),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      content_type: {
        value: cdktf.stringToHclTerraform(this._contentType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pathname: {
        value: cdktf.stringToHclTerraform(this._pathname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source: {
        value: cdktf.stringToHclTerraform(this._source),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      store_id: {
        value: cdktf.stringToHclTerraform(this._storeId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      team_id: {
        value: cdktf.stringToHclTerraform(this._teamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
