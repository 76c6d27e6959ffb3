import { Type } from '@sinclair/typebox';
import type { Runtime } from '@jingzhun/engine';
import { DISTRICTS, districtStreets, isDistrictCode, StandardCode } from '@jingzhun/standards';
import type { User } from '../accounts/roles';
import { HttpError } from '../http/errors';
import type { ApiRoutes } from '../http/route';
import { DeployBody, DeploymentSchema, DistrictCode, DistrictSchema, StreetSchema, VariantBody } from '../schemas/districts';
import { VersionParams } from '../schemas/standards';

/** A district user sees only their own district; another district is "not found", not "forbidden". */
function visibleDistrict(user: User, code: string): string {
  if (!isDistrictCode(code) || (user.district && user.district !== code)) {
    throw new HttpError('NOT_FOUND', { zh: `没有这个区：${code}`, en: `no district ${code}` });
  }
  return code;
}

export function districtRoutes(api: ApiRoutes, runtime: Runtime): void {
  api.add({
    method: 'get',
    path: '/districts',
    summary: 'Beijing’s 16 districts',
    tags: ['districts'],
    permission: 'authenticated',
    response: Type.Object({ items: Type.Array(DistrictSchema) }),
    handler: () => ({ items: DISTRICTS.map((d) => ({ ...d })) }),
  });

  api.add({
    method: 'get',
    path: '/districts/:district/streets',
    summary: 'The district’s streets, area offices, towns and townships (街道、地区、镇、乡), from the register, by division code',
    tags: ['districts'],
    permission: 'authenticated',
    params: Type.Object({ district: DistrictCode }, { additionalProperties: false }),
    response: Type.Object({ items: Type.Array(StreetSchema) }),
    handler: ({ params }) => {
      if (!isDistrictCode(params.district)) throw new HttpError('NOT_FOUND', { zh: `没有这个区：${params.district}`, en: `no district ${params.district}` });
      return { items: districtStreets(params.district).map((s) => ({ ...s })) };
    },
  });

  api.add({
    method: 'get',
    path: '/districts/:district/deployments',
    summary: 'The standards deployed in a district, with the parameters in force there',
    tags: ['districts'],
    permission: 'deployments.read',
    params: Type.Object({ district: DistrictCode }, { additionalProperties: false }),
    response: Type.Object({ items: Type.Array(DeploymentSchema) }),
    handler: async ({ params, user }) => ({ items: await runtime.listDeployments({ district: visibleDistrict(user, params.district) }) }),
  });

  api.add({
    method: 'put',
    path: '/districts/:district/deployments/:standard/variant',
    summary: 'Set the district’s variant: parameter values, only tighter than the city’s and within range',
    tags: ['districts'],
    permission: 'variants.write',
    params: Type.Object({ district: DistrictCode, standard: StandardCode }, { additionalProperties: false }),
    body: VariantBody,
    response: DeploymentSchema,
    handler: ({ params, body, user }) =>
      runtime.setVariant({ code: params.standard, district: visibleDistrict(user, params.district), values: body.values, actor: user.id }),
  });

  api.add({
    method: 'post',
    path: '/standards/:code/versions/:version/deploy',
    summary: 'Deploy a published version to all districts or to the ones listed',
    tags: ['standards'],
    permission: 'standards.deploy',
    params: VersionParams,
    body: DeployBody,
    response: Type.Object({ deployments: Type.Array(DeploymentSchema) }),
    handler: async ({ params, body, user }) => {
      if (body.districts !== 'all') {
        const unknown = body.districts.filter((d) => !isDistrictCode(d));
        if (unknown.length) {
          throw new HttpError(
            'BAD_REQUEST',
            { zh: '有未知的区', en: 'unknown districts' },
            unknown.map((d) => ({ pointer: `/districts/${body.districts.indexOf(d)}`, message: { zh: `没有这个区：${d}`, en: `no district ${d}` } })),
          );
        }
      }
      return {
        deployments: await runtime.deploy({ code: params.code, version: params.version, districts: body.districts, actor: user.id }),
      };
    },
  });
}
