import { DebugLogger } from 'builder-util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';
import { APP_INFO } from '../../src/shared/app-info';
import { ACCEPTED_EXTENSIONS } from '../../src/shared/formats/convert';

const root = join(__dirname, '..', '..');

describe('the electron-builder configuration', () => {
  it('sets the Electron fuses at package time', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Asar integrity and "only from asar" mean nothing without an asar.
    expect(config.asar).toBe(true);
  });

  it('associates exactly the document types the workbench imports, as a viewer', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.map((a) => `.${a.ext}`)).toEqual([...ACCEPTED_EXTENSIONS]);
    for (const a of associations) {
      expect(a.name).toBeTruthy();
      expect(a.mimeType).toMatch(/^[a-z]+\/[\w.+-]+$/);
      expect(a.role).toBe('Viewer');
    }
  });

  it('builds AppImage and .deb, dmg and NSIS, with the icon in resources/', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
    expect(config.icon).toBe('resources/icon.png');
    const icon = readFileSync(join(root, 'resources', 'icon.png'));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    // macOS needs at least 512×512 to make an .icns.
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('packages the built app under its own name, and publishes nowhere', () => {
    expect(config.productName).toBe(APP_INFO.name);
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.publish).toBeNull();
    expect(existsSync(join(root, 'package.json'))).toBe(true);
  });

  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });
});
