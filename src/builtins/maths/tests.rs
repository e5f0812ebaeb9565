use super::*;
use crate::builtins::NativeFn;

fn vm() -> Vm {
    Vm::new(Box::new(Vec::new()))
}
fn r(x: f64) -> Value {
    Value::Real(x)
}
fn num_in(m: &mut Vm, f: NativeFn, args: &[Value]) -> f64 {
    match f(m, args) {
        Ok(Value::Real(x)) => x,
        Ok(v) => panic!("expected a real, got {}", v.type_name()),
        Err(e) => panic!("error: {}", e.message()),
    }
}
fn num(f: NativeFn, args: &[Value]) -> f64 {
    num_in(&mut vm(), f, args)
}
fn one(f: NativeFn, x: f64) -> f64 {
    num(f, &[r(x)])
}
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn rounding() {
    assert_eq!(one(round, 2.5), 2.0);
    assert_eq!(one(round, 3.5), 4.0);
    assert_eq!(one(round, -2.5), -2.0);
    assert_eq!(one(round, -3.5), -4.0);
    assert_eq!(one(round, 6.6), 7.0);
    assert_eq!(one(round, -0.3), 0.0);
    assert_eq!(one(floor, -4.4), -5.0);
    assert_eq!(one(ceil, -4.4), -4.0);
    assert!(close(one(frac, -6.921), -0.921));
    assert_eq!(one(frac, 55.0), 0.0);
    assert_eq!(one(sign, -77.1), -1.0);
    assert_eq!(one(sign, 0.0), 0.0);
    assert_eq!(one(sign, f64::NAN), -1.0);
    assert_eq!(one(abs, -15.1), 15.1);
    assert!(one(round, f64::NAN).is_nan());
    assert_eq!(one(floor, 1e300), 1e300);
    assert_eq!(num(abs, &[Value::Int64(-3_989_547_400)]), 3_989_547_400.0);
    assert_eq!(num(floor, &[Value::Bool(true)]), 1.0);
    assert_eq!(num(floor, &[Value::str("2.5")]), 2.0);
    assert!(floor(&mut vm(), &[Value::str("abc")]).is_err());
    assert!(floor(&mut vm(), &[Value::Undefined]).is_err());
    assert!(floor(&mut vm(), &[Value::new_array(vec![])]).is_err());
}

#[test]
fn powers_and_logs() {
    assert_eq!(one(sqr, -2.5), 6.25);
    assert_eq!(one(sqrt, 4294967296.0), 65536.0);
    assert!(sqrt(&mut vm(), &[r(-1.0)]).is_err());
    assert_eq!(one(sqrt, -0.000001), 0.0);
    assert_eq!(num(power, &[r(-4.0), r(-3.0)]), -0.015625);
    assert!(num(power, &[r(-8.0), r(1.0 / 3.0)]).is_nan());
    assert!(close(one(exp, 1.0), std::f64::consts::E));
    assert!(one(ln, -2.5).is_nan());
    assert_eq!(one(ln, 0.0), f64::NEG_INFINITY);
    assert_eq!(one(log2, 8.0), 3.0);
    assert!(close(one(log10, 0.001), -3.0));
    assert!(close(num(logn, &[r(5.0), r(25.0)]), 2.0));
    assert_eq!(num(logn, &[r(0.0), r(2.5)]), 0.0);
    assert!(num(logn, &[r(1.0), r(2.5)]).is_infinite());
    assert!(num(logn, &[r(-2.0), r(2.5)]).is_nan());
}

#[test]
fn trigonometry() {
    assert_eq!(one(dsin, 90.0), 1.0);
    assert_eq!(one(dsin, 180.0), 0.0);
    assert_eq!(one(dsin, -90.0), -1.0);
    assert_eq!(one(dcos, 180.0), -1.0);
    assert_eq!(one(dcos, 90.0), 0.0);
    assert_eq!(one(dcos, 720.0), 1.0);
    assert!(close(one(dcos, 45.0), std::f64::consts::FRAC_1_SQRT_2));
    assert_eq!(one(dtan, 225.0), 1.0);
    assert_eq!(one(dtan, 315.0), -1.0);
    assert!(one(dsin, f64::INFINITY).is_nan());
    assert_eq!(one(darcsin, 1.0), 90.0);
    assert_eq!(one(darccos, -1.0), 180.0);
    assert_eq!(one(darctan, 1.0), 45.0);
    assert_eq!(num(darctan2, &[r(-2.0), r(-2.0)]), -135.0);
    assert!(close(num(arctan2, &[r(1.0), r(0.5)]), 1.1071487177940904));
    assert!(arcsin(&mut vm(), &[r(1.1)]).is_err());
    assert!(darccos(&mut vm(), &[r(-1.1)]).is_err());
    assert_eq!(one(arcsin, 1.000001), std::f64::consts::FRAC_PI_2);
    assert_eq!(one(radtodeg, PI), 180.0);
    assert_eq!(one(degtorad, 180.0), PI);
}

#[test]
fn choosing_values() {
    let i = |n| Value::Int64(n);
    let big = 0x7FFF_FFFF_FFFF_FFFF;
    match max(&mut vm(), &[i(0x1122334455667788), i(big), r(5.0)]).unwrap() {
        Value::Int64(n) => assert_eq!(n, big),
        _ => panic!("max should keep the int64"),
    }
    assert_eq!(num(max, &[]), 0.0);
    assert_eq!(num(min, &[r(0.5), r(-1.1), r(-99.9)]), -99.9);
    assert_eq!(num(mean, &[r(0.5), r(1.1), r(2.0), r(99.9)]), 25.875);
    assert_eq!(num(mean, &[i(100), i(-50), i(200), i(-10)]), 60.0);
    assert_eq!(num(median, &[r(0.5), r(1.1), r(2.0), r(99.9)]), 2.0);
    assert_eq!(
        num(median, &[r(43.0), r(12.0), r(25.0), r(19.0), r(6.0)]),
        19.0
    );
    assert_eq!(num(clamp, &[r(4.5), r(12.5), r(0.1)]), 0.1);
    assert_eq!(num(clamp, &[r(-4.5), r(0.1), r(12.5)]), 0.1);
    assert_eq!(num(clamp, &[r(4.5), r(0.1), r(12.5)]), 4.5);
    assert_eq!(num(lerp, &[r(0.0), r(10.0), r(2.0)]), 20.0);
    assert!(max(&mut vm(), &[r(1.0), Value::Undefined]).is_err());
}

#[test]
fn vectors_and_angles() {
    assert_eq!(num(dot_product, &[r(2.0), r(3.0), r(-3.0), r(-1.0)]), -9.0);
    assert!(close(
        num(dot_product_normalised, &[r(1.0), r(2.0), r(3.0), r(4.0)]),
        0.9838699100999074
    ));
    assert!(num(dot_product_normalised, &[r(0.0), r(0.0), r(0.0), r(0.0)]).is_nan());
    assert!(close(
        num(
            dot_product_3d_normalised,
            &[r(1.0), r(2.0), r(3.0), r(4.0), r(5.0), r(6.0)]
        ),
        0.9746318461970762
    ));
    assert_eq!(num(point_distance, &[r(0.0), r(0.0), r(3.0), r(4.0)]), 5.0);
    assert_eq!(
        num(
            point_distance_3d,
            &[r(1.0), r(1.0), r(1.0), r(3.0), r(4.0), r(7.0)]
        ),
        7.0
    );
    assert_eq!(
        num(point_direction, &[r(0.0), r(0.0), r(1.0), r(-1.0)]),
        45.0
    );
    assert_eq!(
        num(point_direction, &[r(0.0), r(0.0), r(0.0), r(5.0)]),
        270.0
    );
    assert_eq!(
        num(point_direction, &[r(0.0), r(0.0), r(-3.0), r(0.0)]),
        180.0
    );
    assert_eq!(num(point_direction, &[r(2.0), r(2.0), r(2.0), r(2.0)]), 0.0);
    assert!(close(
        num(point_direction, &[r(2.0), r(3.0), r(20.0), r(-10.0)]),
        35.837653
    ));
    assert_eq!(num(lengthdir_x, &[r(2.0), r(90.0)]), 0.0);
    assert_eq!(num(lengthdir_y, &[r(10.0), r(90.0)]), -10.0);
    assert_eq!(num(lengthdir_x, &[r(10.0), r(60.0)]), 5.0);
    assert_eq!(num(angle_difference, &[r(90.0), r(170.0)]), -80.0);
    assert_eq!(num(angle_difference, &[r(-2100.0), r(1080.0)]), 60.0);
    assert_eq!(num(angle_difference, &[r(90.0), r(270.0)]), -180.0);
    assert_eq!(num(angle_difference, &[r(90.75), r(95.5)]), -4.75);
}

#[test]
fn nan_and_infinity_checks() {
    let b = |f: NativeFn, v: Value| matches!(f(&mut vm(), &[v]), Ok(Value::Bool(true)));
    assert!(b(is_nan, r(f64::NAN)));
    assert!(!b(is_nan, r(1.0)));
    assert!(b(is_nan, Value::str("abc")));
    assert!(!b(is_nan, Value::str("12")));
    assert!(b(is_nan, Value::Undefined));
    assert!(!b(is_nan, Value::Ptr(0)));
    assert!(b(is_infinity, r(f64::NEG_INFINITY)));
    assert!(!b(is_infinity, r(f64::NAN)));
    assert!(!b(is_infinity, Value::Undefined));
}

#[test]
fn epsilon_rules() {
    let mut m = vm();
    assert_eq!(num_in(&mut m, math_get_epsilon, &[]), 0.00001);
    math_set_epsilon(&mut m, &[r(0.1)]).unwrap();
    assert_eq!(m.epsilon, 0.1);
    math_set_epsilon(&mut m, &[r(1.0)]).unwrap();
    math_set_epsilon(&mut m, &[r(-0.001)]).unwrap();
    assert_eq!(m.epsilon, 0.1);
    math_set_epsilon(&mut m, &[Value::Int64(0)]).unwrap();
    assert_eq!(num_in(&mut m, math_get_epsilon, &[]), 1e-11);
}

#[test]
fn random_is_repeatable_and_in_range() {
    let mut a = vm();
    let mut b = vm();
    for _ in 0..50 {
        assert_eq!(
            num_in(&mut a, random::random, &[r(100.0)]),
            num_in(&mut b, random::random, &[r(100.0)])
        );
    }
    assert_eq!(
        num_in(&mut a, random::random_get_seed, &[]),
        DEFAULT_SEED as f64
    );
    random::random_set_seed(&mut a, &[r(42.0)]).unwrap();
    random::random_set_seed(&mut b, &[r(42.0)]).unwrap();
    assert_eq!(num_in(&mut a, random::random_get_seed, &[]), 42.0);
    let mut seen = [false; 10];
    for _ in 0..500 {
        let x = num_in(&mut a, random::irandom, &[r(9.7)]);
        assert_eq!(x, num_in(&mut b, random::irandom, &[r(9.7)]));
        assert!((0.0..=9.0).contains(&x) && x == x.trunc());
        seen[x as usize] = true;
        let y = num_in(&mut a, random::irandom_range, &[r(-3.0), r(3.0)]);
        assert!((-3.0..=3.0).contains(&y));
        let z = num_in(&mut a, random::random_range, &[r(20.0), r(10.0)]);
        assert!((10.0..=20.0).contains(&z));
        let w = num_in(&mut a, random::irandom, &[r(-2.0)]);
        assert!((-2.0..=0.0).contains(&w));
        let c = random::choose(&mut a, &[r(1.0), r(2.0), r(3.0)]).unwrap();
        assert!(matches!(c, Value::Real(x) if (1.0..=3.0).contains(&x)));
        // keep b in step with a
        let _ = random::irandom_range(&mut b, &[r(-3.0), r(3.0)]);
        let _ = random::random_range(&mut b, &[r(20.0), r(10.0)]);
        let _ = random::irandom(&mut b, &[r(-2.0)]);
        let _ = random::choose(&mut b, &[r(1.0), r(2.0), r(3.0)]);
    }
    assert!(seen.iter().all(|&s| s));
    assert_eq!(num(random::irandom_range, &[r(5.0), r(5.0)]), 5.0);
    assert_eq!(num(random::choose, &[]), 0.0);
    assert!(random::irandom_range(&mut vm(), &[Value::Undefined, Value::Undefined]).is_err());
    assert_eq!(num(random::random_range, &[r(5.0), r(5.0)]), 5.0);
    let s1 = num_in(&mut a, random::randomize, &[]);
    assert!(s1 >= 0.0 && s1 <= u32::MAX as f64);
    assert_eq!(num_in(&mut a, random::random_get_seed, &[]), s1);
    let mut rng = Rng::default();
    rng.set_seed(7);
    assert_eq!(rng.seed(), 7);
    assert!(random::random(&mut vm(), &[Value::str("x")]).is_err());
}
