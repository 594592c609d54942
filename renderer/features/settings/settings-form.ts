import { Settings, SettingsUpdate } from '../../../shared/domain/app';

/**
 * What 设置 edits, validated by the contract's own schemas (shared/domain/app.ts): every setting but the operator
 * (no longer a setting: it is whoever is signed in), the office's code held to the shape settings:update
 * requires.
 */
export const SettingsFormSchema = Settings.omit({ operatorName: true }).extend({
  departmentCode: SettingsUpdate.shape.departmentCode.unwrap(),
});
